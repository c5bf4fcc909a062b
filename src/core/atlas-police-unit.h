/* atlas-police-unit.h: a law enforcement unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_POLICE_UNIT (atlas_police_unit_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPoliceUnit, atlas_police_unit, ATLAS, POLICE_UNIT, GObject)

const char *atlas_police_unit_get_id (AtlasPoliceUnit *self);
const char *atlas_police_unit_get_acronym (AtlasPoliceUnit *self);
const char *atlas_police_unit_get_name (AtlasPoliceUnit *self);
AtlasLevel  atlas_police_unit_get_level (AtlasPoliceUnit *self);
const char *atlas_police_unit_get_remit (AtlasPoliceUnit *self);
const char *atlas_police_unit_get_url (AtlasPoliceUnit *self);

G_END_DECLS
