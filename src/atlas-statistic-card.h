/* atlas-statistic-card.h: a statistic on the Overview, as a card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-profile.h"
#include "atlas-statistic.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_STATISTIC_CARD (atlas_statistic_card_get_type ())

G_DECLARE_FINAL_TYPE (AtlasStatisticCard, atlas_statistic_card, ATLAS, STATISTIC_CARD, GtkWidget)

GtkWidget      *atlas_statistic_card_new           (AtlasStatistic     *statistic,
                                                    AtlasProfile       *profile);
AtlasStatistic *atlas_statistic_card_get_statistic (AtlasStatisticCard *self);

G_END_DECLS
