/* atlas-note.h: a dated note beside the edition's text: what changed since, or what the edition gets wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-enums.h"
#include "atlas-figure.h"
#include "atlas-translations.h"

G_BEGIN_DECLS

/* The most notes an item, the helpline or a section may have */
#define ATLAS_NOTES_MAX 16

#define ATLAS_TYPE_NOTE (atlas_note_get_type ())

G_DECLARE_FINAL_TYPE (AtlasNote, atlas_note, ATLAS, NOTE, GObject)

AtlasNote     *atlas_note_new              (AtlasNoteKind      kind,
                                            int                year,
                                            int                month,
                                            int                day,
                                            const char        *text,
                                            AtlasSource       *source);

AtlasNoteKind  atlas_note_get_kind         (AtlasNote         *self);
int            atlas_note_get_year         (AtlasNote         *self);
int            atlas_note_get_month        (AtlasNote         *self);
int            atlas_note_get_day          (AtlasNote         *self);
const char    *atlas_note_get_text         (AtlasNote         *self);
AtlasSource   *atlas_note_get_source       (AtlasNote         *self);

char          *atlas_note_format_tag       (AtlasNote         *self);
char          *atlas_note_format_date      (AtlasNote         *self);
int            atlas_note_compare_dates    (AtlasNote         *a,
                                            AtlasNote         *b);

/* For the loader */
void           atlas_note_add_translations (AtlasNote         *self,
                                            AtlasTranslations *translations);
void           atlas_notes_add_translations (GListModel       *notes,
                                            AtlasTranslations *translations);
GListModel    *atlas_notes_get_empty       (void);

AtlasNote     *atlas_notes_find_newest     (GListModel        *notes);
gboolean       atlas_notes_have_update     (GListModel        *notes);

G_END_DECLS
