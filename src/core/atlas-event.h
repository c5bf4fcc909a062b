/* atlas-event.h: a dated event: an item of the source's timeline, or a dated item of another section gathered for the Timeline page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-item.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EVENT (atlas_event_get_type ())

G_DECLARE_FINAL_TYPE (AtlasEvent, atlas_event, ATLAS, EVENT, AtlasItem)

AtlasEvent * atlas_event_new          (const char *id,
                                       int         year,
                                       int         end_year,
                                       const char *title,
                                       const char *description);
AtlasEvent * atlas_event_new_for_item (AtlasItem  *item);

G_END_DECLS
