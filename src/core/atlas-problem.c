/* atlas-problem.c: one problem found in a profile file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-problem"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-problem.h"

G_DEFINE_BOXED_TYPE (AtlasProblem, atlas_problem, atlas_problem_copy, atlas_problem_free)

AtlasProblem *
atlas_problem_new (const char *path,
                   guint       line,
                   guint       column,
                   const char *message)
{
  AtlasProblem *self = g_new0 (AtlasProblem, 1);

  g_return_val_if_fail (message != NULL, NULL);

  self->path = g_strdup (path);
  self->line = line;
  self->column = column;
  self->message = g_strdup (message);

  return self;
}

AtlasProblem *
atlas_problem_copy (const AtlasProblem *self)
{
  return atlas_problem_new (self->path, self->line, self->column, self->message);
}

void
atlas_problem_free (AtlasProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->path);
  g_free (self->message);
  g_free (self);
}

/**
 * atlas_problem_to_string:
 *
 * Formats the problem as one line: "research[3].year: expected an integer,
 * got \"2015a\"", or "line 4, column 7: ..." when only the position is known.
 *
 * Returns: (transfer full): the line
 */
char *
atlas_problem_to_string (const AtlasProblem *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->path != NULL && self->line > 0)
    return g_strdup_printf (_("%s (line %u, column %u): %s"),
                            self->path, self->line, self->column, self->message);
  if (self->path != NULL)
    return g_strdup_printf ("%s: %s", self->path, self->message);
  if (self->line > 0)
    return g_strdup_printf (_("line %u, column %u: %s"),
                            self->line, self->column, self->message);
  return g_strdup (self->message);
}
