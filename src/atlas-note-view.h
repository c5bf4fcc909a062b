/* atlas-note-view.h: a dated note beside the text it updates or corrects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-note.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_NOTE_VIEW (atlas_note_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasNoteView, atlas_note_view, ATLAS, NOTE_VIEW, GtkWidget)

GtkWidget *atlas_note_view_new      (AtlasNote     *note,
                                     const char    *subject);
AtlasNote *atlas_note_view_get_note (AtlasNoteView *self);
GtkWidget *atlas_notes_box_new      (GListModel    *notes,
                                     const char    *subject);
char      *atlas_notes_format_text  (GListModel    *notes);

G_END_DECLS
