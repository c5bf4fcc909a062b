/* atlas-problem.h: one problem found in a profile file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A problem names where it is: the JSON path of the value
 * ("research[3].year"), and for problems found before the JSON tree exists
 * (encoding, syntax) the line and column, counted from 1. */
typedef struct {
  char *path;     /* nullable */
  guint line;     /* 0 when unknown */
  guint column;   /* 0 when unknown */
  char *message;
} AtlasProblem;

#define ATLAS_TYPE_PROBLEM (atlas_problem_get_type ())

GType         atlas_problem_get_type  (void) G_GNUC_CONST;
AtlasProblem *atlas_problem_new       (const char         *path,
                                       guint               line,
                                       guint               column,
                                       const char         *message);
AtlasProblem *atlas_problem_copy      (const AtlasProblem *self);
void          atlas_problem_free      (AtlasProblem       *self);
char         *atlas_problem_to_string (const AtlasProblem *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasProblem, atlas_problem_free)

G_END_DECLS
