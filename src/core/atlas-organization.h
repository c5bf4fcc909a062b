/* atlas-organization.h: an organization working on child online safety
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-item.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_ORGANIZATION (atlas_organization_get_type ())

G_DECLARE_FINAL_TYPE (AtlasOrganization, atlas_organization, ATLAS, ORGANIZATION, AtlasItem)

const char *          atlas_organization_get_english_name (AtlasOrganization    *self);
AtlasOrganizationKind atlas_organization_get_kind         (AtlasOrganization    *self);
AtlasScope            atlas_organization_get_scope        (AtlasOrganization    *self);

const char *          atlas_organization_kind_get_title   (AtlasOrganizationKind kind);
const char *          atlas_scope_get_title               (AtlasScope            scope);

G_END_DECLS
