/* atlas-search-provider.h: org.gnome.Shell.SearchProvider2, so that the
 * Activities overview finds the items of the profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-context.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SEARCH_PROVIDER (atlas_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSearchProvider, atlas_search_provider, ATLAS, SEARCH_PROVIDER, GObject)

AtlasSearchProvider *atlas_search_provider_new        (GtkApplication      *application,
                                                       AtlasContext        *context);
gboolean             atlas_search_provider_register   (AtlasSearchProvider *self,
                                                       GDBusConnection     *connection,
                                                       const char          *object_path,
                                                       GError             **error);
void                 atlas_search_provider_unregister (AtlasSearchProvider *self);

G_END_DECLS
