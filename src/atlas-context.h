/* atlas-context.h: the app's shared state, made once by the application
 * and handed to its windows, pages, presentations, handouts and search
 * provider
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-enums.h"
#include "atlas-library.h"

G_BEGIN_DECLS

/* The scale of the content's text: 75% to 300% */
#define ATLAS_ZOOM_MIN 0.75
#define ATLAS_ZOOM_MAX 3.0

#define ATLAS_TYPE_CONTEXT (atlas_context_get_type ())

G_DECLARE_FINAL_TYPE (AtlasContext, atlas_context, ATLAS, CONTEXT, GObject)

AtlasContext *atlas_context_new                (void);
AtlasContext *atlas_context_new_for_settings   (GSettings    *settings);
AtlasLibrary *atlas_context_get_library        (AtlasContext *self);
double        atlas_context_get_zoom           (AtlasContext *self);
void          atlas_context_set_zoom           (AtlasContext *self,
                                                double        zoom);
gboolean      atlas_context_get_classroom_safe (AtlasContext *self);
void          atlas_context_set_classroom_safe (AtlasContext *self,
                                                gboolean      classroom_safe);
const char   *atlas_context_get_style          (AtlasContext *self);
void          atlas_context_set_style          (AtlasContext *self,
                                                const char   *style);
const char   *atlas_context_get_language       (AtlasContext *self);
void          atlas_context_set_language       (AtlasContext *self,
                                                const char   *language);
AtlasSection  atlas_context_get_last_section   (AtlasContext *self);
void          atlas_context_set_last_section   (AtlasContext *self,
                                                AtlasSection  section);
void          atlas_context_get_window_size    (AtlasContext *self,
                                                int          *width,
                                                int          *height,
                                                gboolean     *maximized);
void          atlas_context_set_window_size    (AtlasContext *self,
                                                int           width,
                                                int           height,
                                                gboolean      maximized);

G_END_DECLS
