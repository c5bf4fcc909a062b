/* atlas-sections.h: how the sections of a profile are named and drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-enums.h"

G_BEGIN_DECLS

const char *atlas_section_get_title     (AtlasSection section);
const char *atlas_section_get_icon_name (AtlasSection section);
const char *atlas_section_get_name      (AtlasSection section);
gboolean    atlas_section_from_name     (const char   *name,
                                         AtlasSection *section);
char       *atlas_section_format_count  (AtlasSection  section,
                                         guint         n_items);

G_END_DECLS
