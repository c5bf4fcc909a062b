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

/* Why a file was refused, in the words a teacher needs first */
typedef enum {
  ATLAS_REFUSAL_UNREADABLE,   /* not read at all: missing, a folder, no permission */
  ATLAS_REFUSAL_EMPTY,
  ATLAS_REFUSAL_TOO_LARGE,
  ATLAS_REFUSAL_NOT_JSON,     /* not text, not JSON, nested too deep */
  ATLAS_REFUSAL_NOT_PROFILE,  /* JSON, but not an Atlas profile */
  ATLAS_REFUSAL_MISTAKES,     /* a profile with mistakes */
} AtlasRefusal;

AtlasRefusal  atlas_problems_get_refusal (const GError       *error,
                                          GPtrArray          *problems);
char         *atlas_problems_format      (GPtrArray          *problems,
                                          guint               max_lines);

G_END_DECLS
