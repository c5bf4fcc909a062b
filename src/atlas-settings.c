/* atlas-settings.c: the app's GSettings, when its schema is installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-settings"

#include "config.h"

#include "atlas-settings.h"

/**
 * atlas_settings_new:
 *
 * g_settings_new() aborts the process when the schema is missing (a build
 * run without installing, a broken package). The app then runs with its
 * defaults and remembers nothing.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL when the
 *   schema is not installed
 */
GSettings *
atlas_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  static gsize warned = 0;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      if (g_once_init_enter (&warned))
        {
          g_message ("The settings schema %s is not installed: settings will not be remembered", APP_ID);
          g_once_init_leave (&warned, 1);
        }
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}
