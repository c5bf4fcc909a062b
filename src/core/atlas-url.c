/* atlas-url.c: which addresses the app accepts and opens
 *
 * Profile files come from anywhere (a colleague's USB stick), so an
 * address is only trusted when it is a plain web address: http or https
 * with a host, or, for opening, a mailto address. Anything else
 * (javascript:, file:, data:, no scheme, control characters or spaces) is
 * refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-url"

#include "config.h"

#include <string.h>

#include "atlas-url.h"

static gboolean
has_only_graphic_ascii (const char *url)
{
  for (const char *p = url; *p != '\0'; p++)
    {
      /* Non-ASCII bytes are allowed (IRIs); controls and spaces are not */
      if ((guchar) *p < 0x80 && !g_ascii_isgraph (*p))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_scheme (const char *url,
           const char *scheme)
{
  gsize n = strlen (scheme);

  return g_ascii_strncasecmp (url, scheme, n) == 0 && url[n] == ':';
}

/**
 * atlas_url_is_web:
 *
 * Returns: whether @url is an absolute http or https address with a host
 */
gboolean
atlas_url_is_web (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (url == NULL || !has_only_graphic_ascii (url))
    return FALSE;

  if (!is_scheme (url, "https") && !is_scheme (url, "http"))
    return FALSE;

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL)
    return FALSE;

  host = g_uri_get_host (uri);
  return host != NULL && host[0] != '\0';
}

/**
 * atlas_url_is_openable:
 *
 * Returns: whether the app may hand @url to the desktop: a web address
 *   (see atlas_url_is_web()) or a mailto address
 */
gboolean
atlas_url_is_openable (const char *url)
{
  if (url == NULL)
    return FALSE;

  if (is_scheme (url, "mailto"))
    return has_only_graphic_ascii (url) && strchr (url, '@') != NULL;

  return atlas_url_is_web (url);
}

/**
 * atlas_url_format_short:
 *
 * A web address as a person reads it out or types it: without its scheme
 * or a final slash: "https://childfocus.be/" -> "childfocus.be" ("www."
 * stays: some sites answer only there).
 * Other addresses are left as they are.
 *
 * Returns: (transfer full) (nullable): the short address, %NULL for %NULL
 */
char *
atlas_url_format_short (const char *url)
{
  const char *start;
  gsize length;

  if (url == NULL)
    return NULL;
  if (!atlas_url_is_web (url))
    return g_strdup (url);

  start = strstr (url, "://") + 3;
  length = strlen (start);
  if (length > 0 && start[length - 1] == '/')
    length--;

  return g_strndup (start, length);
}
