/* atlas-library.h: the profiles the app knows of, and the one a new window
 * shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_LIBRARY (atlas_library_get_type ())

G_DECLARE_FINAL_TYPE (AtlasLibrary, atlas_library, ATLAS, LIBRARY, GObject)

AtlasLibrary       *atlas_library_new                 (void);
void                atlas_library_load                (AtlasLibrary  *self,
                                                       AtlasProfile **first_profile);
gboolean            atlas_library_find                (AtlasLibrary  *self,
                                                       const char    *uri,
                                                       guint         *position);
void                atlas_library_add                 (AtlasLibrary  *self,
                                                       const char    *uri,
                                                       AtlasProfile  *profile);
void                atlas_library_remember            (AtlasLibrary  *self,
                                                       const char    *uri);
const char         *atlas_library_get_first_uri       (AtlasLibrary  *self);
const char         *atlas_library_get_default_uri     (AtlasLibrary  *self);
AtlasProfile       *atlas_library_read_default        (AtlasLibrary  *self);
const char         *atlas_library_get_last_profile    (AtlasLibrary  *self);
const char * const *atlas_library_get_recent_profiles (AtlasLibrary  *self);
guint               atlas_library_get_n_loads         (AtlasLibrary  *self);

G_END_DECLS
