/* atlas-publication.h: a publication of the Research section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-item.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_PUBLICATION_ORDER_NEWEST,
  ATLAS_PUBLICATION_ORDER_OLDEST,
  ATLAS_PUBLICATION_ORDER_TITLE,
  ATLAS_PUBLICATION_ORDER_FIRST_AUTHOR,
} AtlasPublicationOrder;

#define ATLAS_TYPE_PUBLICATION (atlas_publication_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPublication, atlas_publication, ATLAS, PUBLICATION, AtlasItem)

AtlasPublication *  atlas_publication_new (const char         *id,
                                           const char         *title,
                                           int                 year,
                                           const char * const *authors,
                                           const char * const *organizations,
                                           const char         *contributors,
                                           const char         *summary,
                                           const char         *url);

const char * const *atlas_publication_get_authors (AtlasPublication *self);
gboolean            atlas_publication_is_organization (AtlasPublication *self,
                                                       const char       *author);
const char *        atlas_publication_get_contributors (AtlasPublication *self);

gboolean            atlas_publication_matches (AtlasPublication      *self,
                                               const char            *folded_query,
                                               int                    from_year,
                                               int                    to_year);
int                 atlas_publication_compare (AtlasPublication      *a,
                                               AtlasPublication      *b,
                                               AtlasPublicationOrder  order);

G_END_DECLS
