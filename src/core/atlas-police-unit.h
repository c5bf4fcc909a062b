/* atlas-police-unit.h: a law enforcement unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-item.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_POLICE_UNIT (atlas_police_unit_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPoliceUnit, atlas_police_unit, ATLAS, POLICE_UNIT, AtlasItem)

const char *atlas_police_unit_get_acronym (AtlasPoliceUnit *self);
AtlasLevel  atlas_police_unit_get_level   (AtlasPoliceUnit *self);

const char *atlas_level_get_title         (AtlasLevel       level);

G_END_DECLS
