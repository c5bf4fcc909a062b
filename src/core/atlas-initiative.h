/* atlas-initiative.h: an education initiative
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-item.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_INITIATIVE (atlas_initiative_get_type ())

G_DECLARE_FINAL_TYPE (AtlasInitiative, atlas_initiative, ATLAS, INITIATIVE, AtlasItem)

G_END_DECLS
