/* atlas-event.h: a dated event: an item of the source's timeline, or a dated item of another section gathered for the Timeline page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EVENT (atlas_event_get_type ())

G_DECLARE_FINAL_TYPE (AtlasEvent, atlas_event, ATLAS, EVENT, GObject)

AtlasEvent * atlas_event_new (const char   *id,
                              int           year,
                              int           end_year,
                              const char   *title,
                              const char   *description,
                              AtlasSection  section,
                              const char   *item_id);

const char * atlas_event_get_id (AtlasEvent *self);
int          atlas_event_get_year (AtlasEvent *self);
int          atlas_event_get_end_year (AtlasEvent *self);
const char * atlas_event_get_title (AtlasEvent *self);
const char * atlas_event_get_description (AtlasEvent *self);
AtlasSection atlas_event_get_section (AtlasEvent *self);
const char * atlas_event_get_item_id (AtlasEvent *self);

G_END_DECLS
