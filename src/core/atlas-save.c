/* atlas-save.c: files the app writes, never half-written
 *
 * A teacher's exported bibliography or handout replaces the file of the
 * same name, perhaps on a full USB stick. The new contents go to a
 * temporary file in the same folder, which is flushed to the disk
 * (fsync) and then renamed over the old one: a failure at any point (a
 * full disk, no permission) leaves the old file as it was and removes the
 * temporary one. A symbolic link at the path is replaced by the file, not
 * followed: saving never writes through a link to somewhere else.
 *
 * GLib's g_file_set_contents_full() does exactly this for local paths,
 * which are what the file chooser gives (in the Flatpak too, through the
 * document portal's mount). g_file_replace_contents() is not used: when a
 * write fails, closing its stream still renames the partial file over the
 * old one (GLib 2.74).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-save"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-save.h"

/**
 * atlas_save_bytes:
 * @file: where to save; a local file
 * @bytes: the whole contents
 *
 * Replaces @file with @bytes, or leaves it as it was.
 *
 * Returns: whether @file now holds @bytes
 */
gboolean
atlas_save_bytes (GFile         *file,
                  GBytes        *bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *path = NULL;
  gconstpointer data;
  gsize len;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("only files on this computer can be saved"));
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &len);
  return g_file_set_contents_full (path, data, (gssize) len,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, error);
}

static void
save_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;

  if (atlas_save_bytes (G_FILE (source), task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * atlas_save_bytes_async:
 *
 * atlas_save_bytes() in a worker thread: the window stays responsive
 * while a slow stick is written.
 */
void
atlas_save_bytes_async (GFile               *file,
                        GBytes              *bytes,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_save_bytes_async);
  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
atlas_save_bytes_finish (GFile         *file,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
