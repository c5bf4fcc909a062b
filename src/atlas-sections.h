/* atlas-sections.h: how the sections of a profile are named and drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-enums.h"
#include "atlas-figure.h"
#include "atlas-helpline.h"
#include "atlas-profile.h"

G_BEGIN_DECLS

const char *atlas_section_get_title     (AtlasSection section);
const char *atlas_section_get_icon_name (AtlasSection section);
const char *atlas_section_get_name      (AtlasSection section);
gboolean    atlas_section_from_name     (const char   *name,
                                         AtlasSection *section);
char       *atlas_section_format_count  (AtlasSection  section,
                                         guint         n_items);
char       *atlas_section_format_shown_count (AtlasSection section,
                                              guint        n_items,
                                              guint        n_shown);

char       *atlas_source_format               (const AtlasSource    *source);
char       *atlas_figure_format_context       (const AtlasFigure    *figure);
char       *atlas_helpline_format_number      (AtlasHelpline        *helpline);
char       *atlas_helpline_format_description (AtlasHelpline        *helpline);
const char *atlas_classroom_safe_note         (void);
const char *atlas_language_note               (AtlasProfile         *profile,
                                               gconstpointer         what,
                                               gboolean              legal,
                                               const char          **explanation);

char       *atlas_profile_format_subtitle      (AtlasProfile *profile);
char       *atlas_profile_format_notes_summary (AtlasProfile *profile);

G_END_DECLS
