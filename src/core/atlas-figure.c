/* atlas-figure.c: sources, figures and time series of statistics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-figure"

#include "config.h"

#include "atlas-figure.h"

G_DEFINE_BOXED_TYPE (AtlasSource, atlas_source, atlas_source_ref, atlas_source_unref)
G_DEFINE_BOXED_TYPE (AtlasFigure, atlas_figure, atlas_figure_ref, atlas_figure_unref)
G_DEFINE_BOXED_TYPE (AtlasSeries, atlas_series, atlas_series_ref, atlas_series_unref)

static void
source_clear (AtlasSource *self)
{
  g_free (self->name);
  g_free (self->url);
  g_free (self->license);
}

AtlasSource *
atlas_source_new (const char *name,
                  const char *url,
                  const char *license)
{
  AtlasSource *self = g_atomic_rc_box_new0 (AtlasSource);

  self->name = g_strdup (name);
  self->url = g_strdup (url);
  self->license = g_strdup (license);

  return self;
}

AtlasSource *
atlas_source_ref (AtlasSource *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
atlas_source_unref (AtlasSource *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) source_clear);
}

static void
figure_clear (AtlasFigure *self)
{
  g_free (self->counted);
  g_free (self->period);
  g_clear_pointer (&self->source, atlas_source_unref);
}

AtlasFigure *
atlas_figure_new (void)
{
  return g_atomic_rc_box_new0 (AtlasFigure);
}

AtlasFigure *
atlas_figure_ref (AtlasFigure *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
atlas_figure_unref (AtlasFigure *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) figure_clear);
}

static void
series_clear (AtlasSeries *self)
{
  g_free (self->id);
  g_free (self->label);
  g_clear_pointer (&self->source, atlas_source_unref);
  g_clear_pointer (&self->points, g_array_unref);
}

AtlasSeries *
atlas_series_new (void)
{
  AtlasSeries *self = g_atomic_rc_box_new0 (AtlasSeries);

  self->points = g_array_new (FALSE, FALSE, sizeof (AtlasPoint));

  return self;
}

AtlasSeries *
atlas_series_ref (AtlasSeries *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
atlas_series_unref (AtlasSeries *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) series_clear);
}
