/* atlas-statistic.h: a statistic of the Overview page: a headline figure, an optional secondary figure, earlier observations and time series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-figure.h"
#include "atlas-item.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_STATISTIC (atlas_statistic_get_type ())

G_DECLARE_FINAL_TYPE (AtlasStatistic, atlas_statistic, ATLAS, STATISTIC, AtlasItem)

AtlasFigure *atlas_statistic_get_headline (AtlasStatistic *self);
AtlasFigure *atlas_statistic_get_secondary (AtlasStatistic *self);
GPtrArray *  atlas_statistic_get_history (AtlasStatistic *self);
GPtrArray *  atlas_statistic_get_series (AtlasStatistic *self);

G_END_DECLS
