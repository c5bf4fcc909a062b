/* atlas-statistic.h: a statistic of the Overview page: a headline figure, an optional secondary figure, earlier observations and time series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-figure.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_STATISTIC (atlas_statistic_get_type ())

G_DECLARE_FINAL_TYPE (AtlasStatistic, atlas_statistic, ATLAS, STATISTIC, GObject)

const char * atlas_statistic_get_id (AtlasStatistic *self);
const char * atlas_statistic_get_label (AtlasStatistic *self);
AtlasFigure *atlas_statistic_get_headline (AtlasStatistic *self);
AtlasFigure *atlas_statistic_get_secondary (AtlasStatistic *self);
GPtrArray *  atlas_statistic_get_history (AtlasStatistic *self);
GPtrArray *  atlas_statistic_get_series (AtlasStatistic *self);
const char * atlas_statistic_get_note (AtlasStatistic *self);

G_END_DECLS
