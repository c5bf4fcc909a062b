/* atlas-window.h: the main window, a sidebar of sections and their pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-context.h"
#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_WINDOW (atlas_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWindow, atlas_window, ATLAS, WINDOW, AdwApplicationWindow)

AtlasWindow  *atlas_window_new          (AdwApplication *application,
                                         AtlasContext   *context,
                                         AtlasProfile   *profile);
AtlasContext *atlas_window_get_context  (AtlasWindow    *self);
AtlasProfile *atlas_window_get_profile  (AtlasWindow    *self);
void          atlas_window_set_profile  (AtlasWindow    *self,
                                         AtlasProfile   *profile);
AtlasSection  atlas_window_get_section  (AtlasWindow    *self);
void          atlas_window_set_section  (AtlasWindow    *self,
                                         AtlasSection    section);
GtkWidget    *atlas_window_get_page     (AtlasWindow    *self,
                                         AtlasSection    section);
void          atlas_window_show_toast   (AtlasWindow    *self,
                                         const char     *message);
void          atlas_window_open_file    (AtlasWindow    *self,
                                         GFile          *file);
gboolean      atlas_window_is_loading   (AtlasWindow    *self);
void          atlas_window_open_uri     (AtlasWindow    *self,
                                         const char     *uri);

void          atlas_window_search        (AtlasWindow  *self,
                                          const char   *text);
void          atlas_window_show_profile  (AtlasWindow  *self,
                                          const char   *uri,
                                          AtlasProfile *profile);
const char   *atlas_window_get_profile_uri (AtlasWindow *self);
const char   *atlas_window_get_search_text (AtlasWindow *self);
double        atlas_window_get_scroll_position (AtlasWindow *self);
void          atlas_window_set_scroll_position (AtlasWindow *self,
                                                double       position);
GVariant     *atlas_window_save_state    (AtlasWindow  *self);
void          atlas_window_restore_state (AtlasWindow  *self,
                                          GVariant     *state);
double        atlas_window_get_zoom      (AtlasWindow  *self);
void          atlas_window_set_zoom      (AtlasWindow  *self,
                                          double        zoom);

G_END_DECLS
