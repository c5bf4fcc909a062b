/* atlas-figure.h: sources, figures and time series of statistics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

/* Reference-counted plain structs: the loader fills them, the rest of the
 * app only reads them. Their texts (what a figure counts, its period, the
 * label of a series) change only when the profile is translated again
 * (atlas_profile_retranslate()), which notifies the statistic. */

typedef struct {
  char *name;
  char *url;      /* nullable */
  char *license;  /* nullable */
} AtlasSource;

typedef struct {
  gboolean         has_value;  /* FALSE when the source gives no figure */
  double           value;
  AtlasFigureUnit  unit;
  char            *counted;  /* nullable */
  int              year;
  char            *period;   /* nullable: "March 2016", "2019 Q3" */
  AtlasSource     *source;
} AtlasFigure;

typedef struct {
  int    year;
  double value;
} AtlasPoint;

typedef struct {
  char            *id;
  char            *label;
  AtlasFigureUnit  unit;
  AtlasSource     *source;
  GArray          *points;   /* of AtlasPoint, increasing year */
} AtlasSeries;

#define ATLAS_TYPE_SOURCE (atlas_source_get_type ())
#define ATLAS_TYPE_FIGURE (atlas_figure_get_type ())
#define ATLAS_TYPE_SERIES (atlas_series_get_type ())

GType        atlas_source_get_type (void) G_GNUC_CONST;
AtlasSource *atlas_source_new      (const char  *name,
                                    const char  *url,
                                    const char  *license);
AtlasSource *atlas_source_ref      (AtlasSource *self);
void         atlas_source_unref    (AtlasSource *self);

GType        atlas_figure_get_type (void) G_GNUC_CONST;
AtlasFigure *atlas_figure_new      (void);
AtlasFigure *atlas_figure_ref      (AtlasFigure *self);
void         atlas_figure_unref    (AtlasFigure *self);

GType        atlas_series_get_type (void) G_GNUC_CONST;
AtlasSeries *atlas_series_new      (void);
AtlasSeries *atlas_series_ref      (AtlasSeries *self);
void         atlas_series_unref    (AtlasSeries *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasSource, atlas_source_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasFigure, atlas_figure_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasSeries, atlas_series_unref)

G_END_DECLS
