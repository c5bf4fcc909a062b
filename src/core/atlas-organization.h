/* atlas-organization.h: an organization working on child online safety
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_ORGANIZATION (atlas_organization_get_type ())

G_DECLARE_FINAL_TYPE (AtlasOrganization, atlas_organization, ATLAS, ORGANIZATION, GObject)

const char *          atlas_organization_get_id (AtlasOrganization *self);
const char *          atlas_organization_get_name (AtlasOrganization *self);
const char *          atlas_organization_get_english_name (AtlasOrganization *self);
AtlasOrganizationKind atlas_organization_get_kind (AtlasOrganization *self);
AtlasScope            atlas_organization_get_scope (AtlasOrganization *self);
int                   atlas_organization_get_founded (AtlasOrganization *self);
const char *          atlas_organization_get_description (AtlasOrganization *self);
const char *          atlas_organization_get_url (AtlasOrganization *self);

G_END_DECLS
