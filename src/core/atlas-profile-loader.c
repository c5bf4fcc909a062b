/* atlas-profile-loader.c: reads and validates profile files
 *
 * The entry points: a profile from bytes, a file, a resource or an
 * address, at once or in a worker thread. They check what must hold
 * before the JSON tree exists (size, UTF-8, nesting depth, strict JSON
 * syntax: atlas-json-strict.c), then
 * hand the tree to atlas-profile-parser.c, which checks the whole file
 * against the format of docs/profile-format.md and collects every problem
 * with its JSON path, so that `--validate` can list them all. The loader
 * never aborts: any input gives either a profile or an error, and nothing
 * leaks on any path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-profile-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atlas-json-strict.h"
#include "atlas-language.h"
#include "atlas-problem.h"
#include "atlas-profile-parser.h"
#include "atlas-profile-private.h"
/* Line and column (from 1) of byte @offset of @data */
static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = data + i + 1;
      }

  /* Columns count characters of the valid text before the offset */
  *column = 1 + (guint) g_utf8_strlen (line_start, data + offset - line_start);
}

static void
set_error_from_problem (GError            **error,
                        AtlasProfileError   code,
                        GPtrArray          *problems,
                        guint               n_problems)
{
  g_autofree char *first = atlas_problem_to_string (g_ptr_array_index (problems, 0));

  if (n_problems > 1)
    g_set_error (error, ATLAS_PROFILE_ERROR, code,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s (and %u more problem)",
                              "%s (and %u more problems)",
                              n_problems - 1),
                 first, n_problems - 1);
  else
    g_set_error_literal (error, ATLAS_PROFILE_ERROR, code, first);
}

static void
fail (GPtrArray         *problems,
      GError           **error,
      AtlasProfileError  code,
      guint              line,
      guint              column,
      const char        *message)
{
  g_ptr_array_add (problems, atlas_problem_new (NULL, line, column, message));
  set_error_from_problem (error, code, problems, 1);
}

/* json-glib reports syntax errors as "<data>:LINE:COLUMN: Parse error: ..." */
static void
fail_syntax (GPtrArray   *problems,
             GError     **error,
             const GError *json_error)
{
  const char *message = json_error->message;
  guint line = 0, column = 0;
  int consumed = 0;

  if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    message += consumed;

  fail (problems, error, ATLAS_PROFILE_ERROR_SYNTAX, line, column, message);
}

/* Freeing json-glib's tree of a large file takes almost as long as
 * parsing it: millions of small blocks (bench/README.md). Nothing needs
 * the tree once the models are built, so a worker thread frees it while
 * the caller goes on with the profile. Below this size it is not worth a
 * thread. */
#define BACKGROUND_FREE_MIN_SIZE (1024 * 1024)

static GMutex freeing_lock;
static GCond freeing_done;
static guint n_freeing;

static void
free_parser (gpointer data,
             gpointer user_data)
{
  g_object_unref (data);

  g_mutex_lock (&freeing_lock);
  if (--n_freeing == 0)
    g_cond_broadcast (&freeing_done);
  g_mutex_unlock (&freeing_lock);
}

static void
free_in_background (JsonParser *parser)
{
  /* One thread, made the first time, shared with GLib's other pools; it
   * lives as long as the process */
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (free_parser, NULL, 1, FALSE, NULL));

  g_mutex_lock (&freeing_lock);
  n_freeing++;
  g_mutex_unlock (&freeing_lock);

  g_thread_pool_push (pool, parser, NULL);
}

/*
 * atlas_profile_wait_for_cleanup:
 *
 * Waits until the trees of the files loaded so far are freed: for the
 * benchmarks, which time one load at a time.
 */
void
atlas_profile_wait_for_cleanup (void)
{
  g_mutex_lock (&freeing_lock);
  while (n_freeing > 0)
    g_cond_wait (&freeing_done, &freeing_lock);
  g_mutex_unlock (&freeing_lock);
}

/* How many profiles were read, for atlas_profile_get_n_reads(): counted
 * when a read is asked for, on the caller's thread, so that a read in the
 * background counts before it ends */
static guint n_reads;

/**
 * atlas_profile_get_n_reads:
 *
 * For tests: what reads no file (a language switch) can show that it
 * read none.
 *
 * Returns: how many times this process has been asked to read a profile,
 *   from a file (now or in the background), a resource or bytes, whether
 *   it loaded or not
 */
guint
atlas_profile_get_n_reads (void)
{
  return (guint) g_atomic_int_get (&n_reads);
}

/* atlas_profile_new_from_bytes(), not counted as a read */
static AtlasProfile *
profile_from_bytes (GBytes     *bytes,
                    GPtrArray **problems,
                    GError    **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(AtlasProfile) self = NULL;
  const char *data, *end;
  JsonNode *root;
  g_autofree char *not_json = NULL;
  AtlasJsonStrict strict;
  gsize offset;
  guint n_problems;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (problems != NULL)
    *problems = g_ptr_array_ref (found);

  data = g_bytes_get_data (bytes, &len);

  if (len == 0)
    {
      fail (found, error, ATLAS_PROFILE_ERROR_EMPTY, 0, 0, _("the file is empty"));
      return NULL;
    }

  if (len > ATLAS_PROFILE_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (len, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *max = g_format_size_full (ATLAS_PROFILE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *message =
        g_strdup_printf (_("the file is too large (%s; profiles may be up to %s)"), size, max);

      fail (found, error, ATLAS_PROFILE_ERROR_TOO_LARGE, 0, 0, message);
      return NULL;
    }

  /* A byte order mark is allowed, and skipped */
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      len -= 3;
    }

  if (!g_utf8_validate_len (data, len, &end))
    {
      guint line, column;

      position_of (data, end - data, &line, &column);
      fail (found, error, ATLAS_PROFILE_ERROR_ENCODING, line, column,
            *end == '\0' ? _("the file contains a NUL byte")
                         : _("the file is not valid UTF-8 text"));
      return NULL;
    }

  strict = atlas_json_check_strict (data, len, ATLAS_PROFILE_MAX_DEPTH, &offset, &not_json);
  if (strict != ATLAS_JSON_STRICT_OK)
    {
      guint line, column;

      position_of (data, offset, &line, &column);
      fail (found, error, strict == ATLAS_JSON_STRICT_TOO_DEEP ? ATLAS_PROFILE_ERROR_TOO_DEEP : ATLAS_PROFILE_ERROR_SYNTAX,
            line, column, not_json);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, len, &json_error))
    {
      fail_syntax (found, error, json_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (found, error, ATLAS_PROFILE_ERROR_INVALID, 0, 0,
            _("the top level of a profile must be a JSON object"));
      return NULL;
    }

  self = atlas_profile_new_empty ();
  n_problems = atlas_profile_parse (self, json_node_get_object (root), found);
  if (n_problems > found->len)
    {
      /* TRANSLATORS: the last line of a list of problems cut short */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "and %u more problem",
                                                            "and %u more problems",
                                                            n_problems - found->len),
                                               n_problems - found->len);

      g_ptr_array_add (found, atlas_problem_new (NULL, 0, 0, more));
    }
  if (n_problems > 0)
    {
      set_error_from_problem (error, ATLAS_PROFILE_ERROR_INVALID, found, n_problems);
      return NULL;
    }

  atlas_profile_gather_events (self);
  atlas_profile_gather_notes (self);
  atlas_profile_translate (self);

  /* The models hold copies of everything they need */
  if (len >= BACKGROUND_FREE_MIN_SIZE)
    free_in_background (g_steal_pointer (&parser));

  return g_steal_pointer (&self);
}

/**
 * atlas_profile_new_from_bytes:
 * @bytes: the contents of a profile file
 * @problems: (out) (optional) (transfer full) (element-type AtlasProblem):
 *   every problem found, empty when the profile loaded
 * @error: the first problem, as an %ATLAS_PROFILE_ERROR
 *
 * Reads and validates a profile.
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with @error set
 */
AtlasProfile *
atlas_profile_new_from_bytes (GBytes     *bytes,
                              GPtrArray **problems,
                              GError    **error)
{
  g_atomic_int_inc (&n_reads);
  return profile_from_bytes (bytes, problems, error);
}

static void
set_too_large (GError  **error,
               goffset   size)
{
  g_autofree char *max = g_format_size_full (ATLAS_PROFILE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

  if (size > 0)
    {
      g_autofree char *shown = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, ATLAS_PROFILE_ERROR, ATLAS_PROFILE_ERROR_TOO_LARGE,
                   _("the file is too large (%s; profiles may be up to %s)"), shown, max);
    }
  else
    g_set_error (error, ATLAS_PROFILE_ERROR, ATLAS_PROFILE_ERROR_TOO_LARGE,
                 _("the file is too large (profiles may be up to %s)"), max);
}

/* Only regular files: a device (/dev/zero) never ends, and opening a
 * named pipe waits for a writer that may never come */
static gboolean
check_regular (GFileInfo  *info,
               GError    **error)
{
  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      if (g_file_info_get_size (info) > ATLAS_PROFILE_MAX_SIZE)
        {
          set_too_large (error, g_file_info_get_size (info));
          return FALSE;
        }
      return TRUE;

    case G_FILE_TYPE_DIRECTORY:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("this is a folder, not a profile file"));
      return FALSE;

    default:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("this is not a regular file (a device, a pipe or a socket), not a profile file"));
      return FALSE;
    }
}

/* The contents of @file, read through a stream that stops one byte past
 * %ATLAS_PROFILE_MAX_SIZE: a file that grows after it was measured is
 * refused all the same */
static GBytes *
read_capped (GFile         *file,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) contents = NULL;
  gsize size;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  /* What was opened, which may not be what was measured */
  info = g_file_input_stream_query_info (stream,
                                         G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                         G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                         cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_TYPE) &&
      !check_regular (info, error))
    return NULL;

  size = info != NULL && g_file_info_get_size (info) > 0 ? (gsize) g_file_info_get_size (info) : 0;
  contents = g_byte_array_sized_new (MIN (size, ATLAS_PROFILE_MAX_SIZE) + 1);

  for (;;)
    {
      guint8 buffer[64 * 1024];
      gsize wanted = MIN (sizeof buffer, ATLAS_PROFILE_MAX_SIZE + 1 - contents->len);
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, wanted, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;

      g_byte_array_append (contents, buffer, (guint) n);
      if (contents->len > ATLAS_PROFILE_MAX_SIZE)
        {
          set_too_large (error, 0);
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

/* atlas_profile_new_from_file(), not counted as a read */
static AtlasProfile *
profile_from_file (GFile         *file,
                   GCancellable  *cancellable,
                   GPtrArray    **problems,
                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (problems != NULL)
    *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL || !check_regular (info, error))
    return NULL;

  bytes = read_capped (file, cancellable, error);
  if (bytes == NULL)
    return NULL;

  if (problems != NULL)
    g_clear_pointer (problems, g_ptr_array_unref);

  return profile_from_bytes (bytes, problems, error);
}

/**
 * atlas_profile_new_from_file:
 *
 * Like atlas_profile_new_from_bytes(), for a file. Only regular files
 * are read (a device or a named pipe is refused before it is opened), and
 * no more than %ATLAS_PROFILE_MAX_SIZE bytes of them. Errors of I/O (a
 * missing file, a directory, a device, no permission) are #GIOError.
 *
 * Returns: (transfer full) (nullable): the profile
 */
AtlasProfile *
atlas_profile_new_from_file (GFile         *file,
                             GCancellable  *cancellable,
                             GPtrArray    **problems,
                             GError       **error)
{
  g_atomic_int_inc (&n_reads);
  return profile_from_file (file, cancellable, problems, error);
}

/**
 * atlas_profile_new_from_resource:
 *
 * Returns: (transfer full) (nullable): the profile shipped at @path
 */
AtlasProfile *
atlas_profile_new_from_resource (const char  *path,
                                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return atlas_profile_new_from_bytes (bytes, NULL, error);
}

/**
 * atlas_profile_new_from_uri:
 * @uri: a resource:// address of a shipped profile, or the address of a
 *   file
 *
 * Loads a profile at once, in the calling thread: for the small shipped
 * profiles and where nothing waits on it (the search provider).
 *
 * Returns: (transfer full) (nullable): the profile
 */
AtlasProfile *
atlas_profile_new_from_uri (const char  *uri,
                            GPtrArray  **problems,
                            GError     **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  if (g_str_has_prefix (uri, "resource://"))
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (uri + strlen ("resource://"),
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, error);

      return bytes != NULL ? atlas_profile_new_from_bytes (bytes, problems, error) : NULL;
    }

  file = g_file_new_for_uri (uri);
  return atlas_profile_new_from_file (file, NULL, problems, error);
}

static int
compare_names (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/**
 * atlas_profile_list_resources:
 * @directory: a resource directory, ending with "/"
 *
 * Returns: (transfer full): the resource:// addresses of the profiles
 *   (*.json) shipped in @directory, sorted by name; empty if there is none
 */
GStrv
atlas_profile_list_resources (const char *directory)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (directory != NULL, NULL);

  names = g_resources_enumerate_children (directory, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names != NULL)
    {
      qsort (names, g_strv_length (names), sizeof (char *), compare_names);
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_has_suffix (names[i], ".json"))
          {
            g_autofree char *uri = g_strconcat ("resource://", directory, names[i], NULL);
            g_strv_builder_add (builder, uri);
          }
    }

  return g_strv_builder_end (builder);
}

/**
 * atlas_profile_load_free:
 *
 * Frees what atlas_profile_load_file_finish() returned.
 */
void
atlas_profile_load_free (AtlasProfileLoad *load)
{
  if (load == NULL)
    return;

  g_clear_object (&load->file);
  g_clear_object (&load->profile);
  g_clear_pointer (&load->problems, g_ptr_array_unref);
  g_clear_error (&load->error);
  g_free (load);
}

static AtlasProfileLoad *
load_new (GFile *file)
{
  AtlasProfileLoad *load = g_new0 (AtlasProfileLoad, 1);

  load->file = g_object_ref (file);
  return load;
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  AtlasProfileLoad *load = load_new (task_data);

  /* The loader translates the profile's texts and its messages: the
   * language must not change meanwhile (atlas-language.c). Held until the
   * result is returned, so that a switch finds it waiting in the main
   * loop. */
  atlas_language_hold ();
  load->profile = profile_from_file (load->file, cancellable, &load->problems, &load->error);

  /* Returned whether it loaded or not: the problems go with the error */
  g_task_return_pointer (task, load, (GDestroyNotify) atlas_profile_load_free);

  atlas_language_release ();
}

/**
 * atlas_profile_load_file_async:
 *
 * Reads and validates @file in a worker thread, so that a large profile
 * never blocks the window.
 */
void
atlas_profile_load_file_async (GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  g_atomic_int_inc (&n_reads);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_profile_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_thread);
}

/**
 * atlas_profile_load_file_finish:
 *
 * The outcome of atlas_profile_load_file_async(), loaded or not. When the
 * load was cancelled, the error is %G_IO_ERROR_CANCELLED, even if the file
 * had loaded by then.
 *
 * Returns: (transfer full): the file, and its profile or the error and
 *   every problem found
 */
AtlasProfileLoad *
atlas_profile_load_file_finish (GAsyncResult *result)
{
  GTask *task = G_TASK (result);
  g_autoptr(GError) error = NULL;
  AtlasProfileLoad *load;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  load = g_task_propagate_pointer (task, &error);
  if (load == NULL)
    {
      load = load_new (g_task_get_task_data (task));
      load->error = g_steal_pointer (&error);
    }
  if (load->problems == NULL)
    load->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);

  return load;
}
