/* atlas-url.c: which addresses the app accepts and opens
 *
 * Profile files come from anywhere (a colleague's USB stick), so an
 * address is only trusted when it is a plain web address: http or https
 * with a host, or, for opening, a mailto address. Anything else
 * (javascript:, file:, data:, no scheme, control characters or spaces) is
 * refused, and so is what misleads or reaches what a link should not: a
 * user name before the host (https://childfocus.be@evil.example/ goes to
 * evil.example), invisible formatting characters (a right-to-left
 * override turns "gpj.exe" into "exe.jpg"), addresses longer than
 * ATLAS_LIMIT_URL_BYTES, and hosts on this computer or its network (a
 * printer's admin page). A host in another script is shown in ASCII
 * beside the address (atlas_url_format_tooltip()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-url"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "atlas-limits.h"
#include "atlas-url.h"

/* Whether @url has no control character, space or invisible formatting
 * character: in ASCII none but graphic characters; beyond it none of
 * Unicode's controls (C1), spaces (a no-break space) or format characters
 * (right-to-left overrides that make "gpj.exe" read "exe.jpg", zero-width
 * joiners). Other non-ASCII characters are allowed (IRIs). */
static gboolean
has_only_visible (const char *url)
{
  if (!g_utf8_validate (url, -1, NULL))
    return FALSE;

  for (const char *p = url; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        {
          if (!g_ascii_isgraph ((char) c))
            return FALSE;
          continue;
        }

      /* Zero-width spaces and joiners, marks and overrides of direction,
       * word joiners, the byte order mark: whatever GLib's Unicode tables
       * call them */
      if ((c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) ||
          (c >= 0x2060 && c <= 0x206f) || c == 0xfeff || c == 0x00ad)
        return FALSE;

      switch (g_unichar_type (c))
        {
        case G_UNICODE_CONTROL:
        case G_UNICODE_FORMAT:
        case G_UNICODE_SPACE_SEPARATOR:
        case G_UNICODE_LINE_SEPARATOR:
        case G_UNICODE_PARAGRAPH_SEPARATOR:
        case G_UNICODE_UNASSIGNED:
        case G_UNICODE_PRIVATE_USE:
        case G_UNICODE_SURROGATE:
          return FALSE;

        default:
          break;
        }
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

/* A host that is this computer or its local network: a profile's link
 * must not reach a printer's admin page or a router */
static gboolean
is_local_host (const char *host)
{
  g_autofree char *bare = NULL;
  g_autoptr(GInetAddress) address = NULL;
  gsize len = strlen (host);

  if (g_ascii_strcasecmp (host, "localhost") == 0 ||
      (len > 10 && g_ascii_strcasecmp (host + len - 10, ".localhost") == 0))
    return TRUE;

  /* An IPv6 address is in brackets in an address */
  bare = host[0] == '[' && len > 2 && host[len - 1] == ']' ? g_strndup (host + 1, len - 2) : g_strdup (host);
  address = g_inet_address_new_from_string (bare);
  if (address == NULL)
    return FALSE;

  return g_inet_address_get_is_loopback (address) ||
         g_inet_address_get_is_site_local (address) ||
         g_inet_address_get_is_link_local (address) ||
         g_inet_address_get_is_any (address) ||
         g_inet_address_get_is_multicast (address);
}

/**
 * atlas_url_check_web:
 * @url: (nullable): an address from a profile
 * @reason: (out) (optional) (transfer none): why it is refused, a
 *   translated phrase: "contains a user name or password"
 *
 * Whether @url is an address the app shows and opens: http or https,
 * with a host, at most %ATLAS_LIMIT_URL_BYTES long, with no user name or
 * password (https://childfocus.be@evil.example/ goes to evil.example),
 * no control, space or invisible formatting character, and not on this
 * computer or its local network.
 *
 * Returns: whether @url is allowed
 */
gboolean
atlas_url_check_web (const char  *url,
                     const char **reason)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;
  const char *dummy;

  if (reason == NULL)
    reason = &dummy;

  if (url == NULL || (!is_scheme (url, "https") && !is_scheme (url, "http")))
    {
      *reason = _("only http and https addresses are allowed");
      return FALSE;
    }

  if (strlen (url) > ATLAS_LIMIT_URL_BYTES)
    {
      *reason = _("the address is too long");
      return FALSE;
    }

  if (!has_only_visible (url))
    {
      *reason = _("the address contains a space, a control or an invisible character");
      return FALSE;
    }

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  host = uri != NULL ? g_uri_get_host (uri) : NULL;
  if (host == NULL || host[0] == '\0')
    {
      *reason = _("the address has no host");
      return FALSE;
    }

  if (g_uri_get_userinfo (uri) != NULL)
    {
      *reason = _("the address contains a user name or password");
      return FALSE;
    }

  if (is_local_host (host))
    {
      *reason = _("the address is on this computer or its local network");
      return FALSE;
    }

  return TRUE;
}

/**
 * atlas_url_format_host:
 * @url: an address atlas_url_check_web() allows
 *
 * The host of @url as a browser shows it where it could mislead: in
 * ASCII, punycode for a host in other scripts ("xn--80ak6aa92e.com" for a
 * Cyrillic look-alike of "apple.com"), so that a tooltip shows where a
 * link really goes.
 *
 * Returns: (transfer full) (nullable): the host, or %NULL
 */
char *
atlas_url_format_host (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (host == NULL)
    return NULL;

  return g_hostname_is_non_ascii (host) ? g_hostname_to_ascii (host) : g_ascii_strdown (host, -1);
}

/**
 * atlas_url_format_tooltip:
 * @url: an address atlas_url_check_web() allows
 *
 * What a link's tooltip says of @url: the address, preceded by its host
 * in ASCII when the host is in another script, where look-alike letters
 * could pass for a known site: "xn--80ak6aa92e.com · https://аррӏе.com/".
 *
 * Returns: (transfer full): the text
 */
char *
atlas_url_format_tooltip (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  /* GUri gives the host of an address already in ASCII: an IDN host is
   * one that has punycode labels */
  if (host != NULL && (g_hostname_is_non_ascii (host) || g_hostname_is_ascii_encoded (host)))
    {
      g_autofree char *ascii = atlas_url_format_host (url);

      if (ascii != NULL)
        return g_strdup_printf ("%s · %s", ascii, url);
    }

  return g_strdup (url);
}

/**
 * atlas_url_is_web:
 * @url: (nullable): an address
 *
 * Returns: whether atlas_url_check_web() allows @url
 */
gboolean
atlas_url_is_web (const char *url)
{
  return atlas_url_check_web (url, NULL);
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
    return strlen (url) <= ATLAS_LIMIT_URL_BYTES && has_only_visible (url) && strchr (url, '@') != NULL;

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
