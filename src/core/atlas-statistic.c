/* atlas-statistic.c: a statistic of the Overview page: a headline figure, an optional
 * secondary figure, earlier observations and time series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-statistic"

#include "config.h"

#include "atlas-statistic.h"

struct _AtlasStatistic
{
  GObject parent_instance;

  char *id;
  char *label;
  AtlasFigure *headline;
  AtlasFigure *secondary;
  GPtrArray *history;
  GPtrArray *series;
  char *note;
};

G_DEFINE_FINAL_TYPE (AtlasStatistic, atlas_statistic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_HEADLINE,
  PROP_SECONDARY,
  PROP_HISTORY,
  PROP_SERIES,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_statistic_finalize (GObject *object)
{
  AtlasStatistic *self = ATLAS_STATISTIC (object);

  g_free (self->id);
  g_free (self->label);
  g_clear_pointer (&self->headline, atlas_figure_unref);
  g_clear_pointer (&self->secondary, atlas_figure_unref);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_free (self->note);

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
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

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

    case PROP_NOTE:
      g_value_set_string (value, self->note);
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
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;

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

    case PROP_NOTE:
      self->note = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_statistic_class_init (AtlasStatisticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_statistic_finalize;
  object_class->get_property = atlas_statistic_get_property;
  object_class->set_property = atlas_statistic_set_property;

  /**
   * AtlasStatistic:id:
   *
   * The stable id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasStatistic:label:
   *
   * What is measured.
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

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

  /**
   * AtlasStatistic:note:
   *
   * A caveat for the reader, or %NULL.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_statistic_init (AtlasStatistic *self)
{
}

const char *
atlas_statistic_get_id (AtlasStatistic *self)
{
  g_return_val_if_fail (ATLAS_IS_STATISTIC (self), NULL);

  return self->id;
}

const char *
atlas_statistic_get_label (AtlasStatistic *self)
{
  g_return_val_if_fail (ATLAS_IS_STATISTIC (self), NULL);

  return self->label;
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

const char *
atlas_statistic_get_note (AtlasStatistic *self)
{
  g_return_val_if_fail (ATLAS_IS_STATISTIC (self), NULL);

  return self->note;
}
