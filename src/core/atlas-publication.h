/* atlas-publication.h: a publication of the Research section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>


G_BEGIN_DECLS

#define ATLAS_TYPE_PUBLICATION (atlas_publication_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPublication, atlas_publication, ATLAS, PUBLICATION, GObject)

const char *        atlas_publication_get_id (AtlasPublication *self);
const char *        atlas_publication_get_title (AtlasPublication *self);
int                 atlas_publication_get_year (AtlasPublication *self);
const char * const *atlas_publication_get_authors (AtlasPublication *self);
const char *        atlas_publication_get_contributors (AtlasPublication *self);
const char *        atlas_publication_get_summary (AtlasPublication *self);
const char *        atlas_publication_get_url (AtlasPublication *self);

G_END_DECLS
