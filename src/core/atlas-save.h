/* atlas-save.h: files the app writes, never half-written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean atlas_save_bytes        (GFile                *file,
                                  GBytes               *bytes,
                                  GCancellable         *cancellable,
                                  GError              **error);
void     atlas_save_bytes_async  (GFile                *file,
                                  GBytes               *bytes,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);
gboolean atlas_save_bytes_finish (GFile                *file,
                                  GAsyncResult         *result,
                                  GError              **error);

G_END_DECLS
