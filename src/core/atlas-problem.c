/* atlas-problem.c: one problem found in a profile file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-problem"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-problem.h"
#include "atlas-profile.h"

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

/**
 * atlas_problems_get_refusal:
 * @error: why the file was refused
 * @problems: (nullable) (element-type AtlasProblem): what the loader found
 *
 * The kind of refusal, for the one plain sentence said first: a file
 * that cannot be read, is empty or too large, is not JSON, is JSON but
 * not a profile (its top level is not an object, or it has no "format":
 * "atlas-profile"), or is a profile with mistakes.
 *
 * Returns: the kind
 */
AtlasRefusal
atlas_problems_get_refusal (const GError *error,
                            GPtrArray    *problems)
{
  g_return_val_if_fail (error != NULL, ATLAS_REFUSAL_UNREADABLE);

  if (error->domain != ATLAS_PROFILE_ERROR)
    return ATLAS_REFUSAL_UNREADABLE;

  switch ((AtlasProfileError) error->code)
    {
    case ATLAS_PROFILE_ERROR_EMPTY:
      return ATLAS_REFUSAL_EMPTY;

    case ATLAS_PROFILE_ERROR_TOO_LARGE:
      return ATLAS_REFUSAL_TOO_LARGE;

    case ATLAS_PROFILE_ERROR_ENCODING:
    case ATLAS_PROFILE_ERROR_TOO_DEEP:
    case ATLAS_PROFILE_ERROR_SYNTAX:
      return ATLAS_REFUSAL_NOT_JSON;

    case ATLAS_PROFILE_ERROR_INVALID:
    default:
      break;
    }

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const AtlasProblem *problem = g_ptr_array_index (problems, i);

      /* the top level is not an object (the only problem, without a
       * place: a last one without a place says how many more there are),
       * or "format" is missing or not "atlas-profile" */
      if ((i == 0 && problem->path == NULL && problem->line == 0) || g_strcmp0 (problem->path, "format") == 0)
        return ATLAS_REFUSAL_NOT_PROFILE;
    }

  return ATLAS_REFUSAL_MISTAKES;
}

/* Where a problem is, or %NULL */
static char *
format_place (const AtlasProblem *problem)
{
  if (problem->path != NULL && problem->line > 0)
    return g_strdup_printf (_("%s (line %u, column %u)"), problem->path, problem->line, problem->column);
  if (problem->path != NULL)
    return g_strdup (problem->path);
  if (problem->line > 0)
    return g_strdup_printf (_("line %u, column %u"), problem->line, problem->column);
  return NULL;
}

/* The places of a group of problems with one message shown in its line */
#define SHOWN_PLACES 5

/* One line for the problems of @group, which share their message */
static char *
format_group (GPtrArray *group)
{
  const AtlasProblem *first = g_ptr_array_index (group, 0);
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  guint n_unplaced = 0;
  guint n_places;

  for (guint i = 0; i < group->len; i++)
    {
      char *place = format_place (g_ptr_array_index (group, i));

      if (place == NULL)
        n_unplaced++;
      else if (!g_ptr_array_find_with_equal_func (places, place, g_str_equal, NULL))
        g_ptr_array_add (places, place);
      else
        g_free (place);
    }

  n_places = places->len;
  if (n_places == 0)
    {
      if (n_unplaced == 1)
        return g_strdup (first->message);
      /* TRANSLATORS: a problem found several times in a file, without a
       * place: "the file is not valid UTF-8 text (3 times)" */
      return g_strdup_printf (ngettext ("%s (%u time)", "%s (%u times)", n_unplaced), first->message, n_unplaced);
    }

  if (n_places > SHOWN_PLACES)
    g_ptr_array_set_size (places, SHOWN_PLACES);
  g_ptr_array_add (places, NULL);
  joined = g_strjoinv (", ", (char **) places->pdata);

  if (n_places <= SHOWN_PLACES)
    return g_strdup_printf ("%s: %s", joined, first->message);

  /* TRANSLATORS: one problem in many places of a file: "research[0].year,
   * research[1].year, … and 7 more: expected an integer" */
  return g_strdup_printf (ngettext ("%s and %u more: %s", "%s and %u more: %s", n_places - SHOWN_PLACES),
                          joined, n_places - SHOWN_PLACES, first->message);
}

/**
 * atlas_problems_format:
 * @problems: (element-type AtlasProblem): what the loader found
 * @max_lines: the most lines to show
 *
 * The problems, one kind a line: those with the same message are one line
 * that lists their places ("format, format_version, country: missing
 * required field"), so no line is repeated; in the order each message was
 * first found. When there are more than @max_lines kinds, the last line
 * says how many more problems there are.
 *
 * Returns: (transfer full): the text, "" for no problems
 */
char *
atlas_problems_format (GPtrArray *problems,
                       guint      max_lines)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) by_message = g_hash_table_new (g_str_hash, g_str_equal);
  GString *text = g_string_new (NULL);
  guint n_hidden = 0;

  g_return_val_if_fail (problems != NULL, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      AtlasProblem *problem = g_ptr_array_index (problems, i);
      GPtrArray *group = g_hash_table_lookup (by_message, problem->message);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_ptr_array_add (groups, group);
          g_hash_table_insert (by_message, problem->message, group);
        }
      g_ptr_array_add (group, problem);
    }

  for (guint i = 0; i < groups->len; i++)
    {
      GPtrArray *group = g_ptr_array_index (groups, i);
      g_autofree char *line = NULL;

      if (i >= max_lines)
        {
          n_hidden += group->len;
          continue;
        }

      line = format_group (group);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  if (n_hidden > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more problem", "and %u more problems", n_hidden), n_hidden);
    }

  return g_string_free (text, FALSE);
}
