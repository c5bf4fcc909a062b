/* atlas-statistic.c: a statistic of the Overview page: a headline figure, an optional
 * secondary figure, earlier observations and time series
 *
 * An item of the Overview (atlas-item.c): its title is its label, its
 * description its note (%NULL when it has none), its year that of the
 * headline figure. The texts of its figures and series, the names of their
 * sources included, are translated with its label and note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-statistic"

#include "config.h"

#include "atlas-format.h"
#include "atlas-statistic.h"

struct _AtlasStatistic
{
  AtlasItem parent_instance;

  AtlasFigure *headline;
  AtlasFigure *secondary;
  GPtrArray *history;
  GPtrArray *series;
};

G_DEFINE_FINAL_TYPE (AtlasStatistic, atlas_statistic, ATLAS_TYPE_ITEM)

enum {
  PROP_0,
  PROP_HEADLINE,
  PROP_SECONDARY,
  PROP_HISTORY,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_statistic_finalize (GObject *object)
{
  AtlasStatistic *self = ATLAS_STATISTIC (object);

  g_clear_pointer (&self->headline, atlas_figure_unref);
  g_clear_pointer (&self->secondary, atlas_figure_unref);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_statistic_parent_class)->finalize (object);
}

static void
atlas_statistic_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasStatistic *self = ATLAS_STATISTIC (object);

  switch (prop_id)
    {
    case PROP_HEADLINE:
      g_value_set_boxed (value, self->headline);
      break;

    case PROP_SECONDARY:
      g_value_set_boxed (value, self->secondary);
      break;

    case PROP_HISTORY:
      g_value_set_boxed (value, self->history);
      break;

    case PROP_SERIES:
      g_value_set_boxed (value, self->series);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_statistic_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AtlasStatistic *self = ATLAS_STATISTIC (object);

  switch (prop_id)
    {
    case PROP_HEADLINE:
      self->headline = g_value_dup_boxed (value);
      break;

    case PROP_SECONDARY:
      self->secondary = g_value_dup_boxed (value);
      break;

    case PROP_HISTORY:
      self->history = g_value_dup_boxed (value);
      break;

    case PROP_SERIES:
      self->series = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The headline figure: "1,931,829", "16.3 %" */
static char *
atlas_statistic_format_search_detail (AtlasItem *item)
{
  return atlas_format_figure_value (ATLAS_STATISTIC (item)->headline);
}

static void
atlas_statistic_add_search_texts (AtlasItem *item,
                                  GPtrArray *texts)
{
  AtlasSource *source = ATLAS_STATISTIC (item)->headline->source;

  g_ptr_array_add (texts, source != NULL ? source->name : NULL);
}

static void
add_figure_translations (AtlasStatistic    *self,
                         AtlasTranslations *translations,
                         GParamSpec        *pspec,
                         AtlasFigure       *figure)
{
  if (figure == NULL)
    return;

  atlas_translations_add (translations, G_OBJECT (self), pspec, &figure->counted, "figure counted");
  atlas_translations_add (translations, G_OBJECT (self), pspec, &figure->period, "figure period");
  if (figure->source != NULL)
    atlas_translations_add (translations, G_OBJECT (self), pspec, &figure->source->name,
                            "source name");
}

/* Besides the label and the note, what the figures count, their periods,
 * the labels of the series and the names of every source */
static void
atlas_statistic_add_translations (AtlasItem         *item,
                                  AtlasTranslations *translations)
{
  AtlasStatistic *self = ATLAS_STATISTIC (item);

  ATLAS_ITEM_CLASS (atlas_statistic_parent_class)->add_translations (item, translations);
  add_figure_translations (self, translations, properties[PROP_HEADLINE], self->headline);
  add_figure_translations (self, translations, properties[PROP_SECONDARY], self->secondary);
  for (guint i = 0; self->history != NULL && i < self->history->len; i++)
    add_figure_translations (self, translations, properties[PROP_HISTORY],
                             g_ptr_array_index (self->history, i));
  for (guint i = 0; self->series != NULL && i < self->series->len; i++)
    {
      AtlasSeries *series = g_ptr_array_index (self->series, i);

      atlas_translations_add (translations, G_OBJECT (self), properties[PROP_SERIES],
                              &series->label, "series label");
      if (series->source != NULL)
        atlas_translations_add (translations, G_OBJECT (self), properties[PROP_SERIES],
                                &series->source->name, "source name");
    }
}

static void
atlas_statistic_class_init (AtlasStatisticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AtlasItemClass *item_class = ATLAS_ITEM_CLASS (klass);

  object_class->finalize = atlas_statistic_finalize;
  object_class->get_property = atlas_statistic_get_property;
  object_class->set_property = atlas_statistic_set_property;

  item_class->section = ATLAS_SECTION_OVERVIEW;
  item_class->title_context = "statistic label";
  item_class->description_context = "statistic note";
  item_class->format_search_detail = atlas_statistic_format_search_detail;
  item_class->add_search_texts = atlas_statistic_add_search_texts;
  item_class->add_translations = atlas_statistic_add_translations;

  /**
   * AtlasStatistic:headline:
   *
   * The most recent figure.
   */
  properties[PROP_HEADLINE] =
    g_param_spec_boxed ("headline", NULL, NULL,
                        ATLAS_TYPE_FIGURE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasStatistic:secondary:
   *
   * A second figure shown with the headline, or %NULL.
   */
  properties[PROP_SECONDARY] =
    g_param_spec_boxed ("secondary", NULL, NULL,
                        ATLAS_TYPE_FIGURE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasStatistic:history:
   *
   * The earlier observations (#AtlasFigure) that are not a series.
   */
  properties[PROP_HISTORY] =
    g_param_spec_boxed ("history", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasStatistic:series:
   *
   * The time series (#AtlasSeries).
   */
  properties[PROP_SERIES] =
    g_param_spec_boxed ("series", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_statistic_init (AtlasStatistic *self)
{
}

AtlasFigure *
atlas_statistic_get_headline (AtlasStatistic *self)
{
  g_return_val_if_fail (ATLAS_IS_STATISTIC (self), NULL);

  return self->headline;
}

AtlasFigure *
atlas_statistic_get_secondary (AtlasStatistic *self)
{
  g_return_val_if_fail (ATLAS_IS_STATISTIC (self), NULL);

  return self->secondary;
}

GPtrArray *
atlas_statistic_get_history (AtlasStatistic *self)
{
  g_return_val_if_fail (ATLAS_IS_STATISTIC (self), NULL);

  return self->history;
}

GPtrArray *
atlas_statistic_get_series (AtlasStatistic *self)
{
  g_return_val_if_fail (ATLAS_IS_STATISTIC (self), NULL);

  return self->series;
}

