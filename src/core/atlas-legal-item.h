/* atlas-legal-item.h: an item of the Legislation section: an international instrument, a rule of jurisdiction or an article of a national code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-item.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_LEGAL_ITEM (atlas_legal_item_get_type ())

G_DECLARE_FINAL_TYPE (AtlasLegalItem, atlas_legal_item, ATLAS, LEGAL_ITEM, AtlasItem)

AtlasLegalKind atlas_legal_item_get_kind      (AtlasLegalItem *self);
const char *   atlas_legal_item_get_code      (AtlasLegalItem *self);
const char *   atlas_legal_item_get_article   (AtlasLegalItem *self);
const char *   atlas_legal_item_get_part      (AtlasLegalItem *self);
int            atlas_legal_item_get_month     (AtlasLegalItem *self);
const char *   atlas_legal_item_get_penalty   (AtlasLegalItem *self);

G_END_DECLS
