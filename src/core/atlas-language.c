/* atlas-language.c: the language the app's texts are in, switched safely
 * while profiles load in worker threads
 *
 * gettext reads the language from the LANGUAGE environment variable, and
 * the app switches language while it runs by setting it. setenv() is not
 * safe while another thread reads the environment: a loader thread
 * translates a profile's texts with gettext, which calls getenv(). So a
 * loader thread holds the language (a reader lock) while it translates,
 * and a switch waits for every such thread to let go before it touches the
 * environment. The wait is as long as the loads under way; a window's
 * loads are cancelled when it closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-language"

#include "config.h"

#include "atlas-language.h"

static GRWLock language_lock;
static int n_holders;

/* The desktop's LANGUAGE, kept to go back to it */
static char *system_language;
static gboolean system_language_saved;

/**
 * atlas_language_set:
 * @language: (nullable): "en", "fr", "nl", or %NULL or "system" for the
 *   desktop's language
 *
 * Switches the language of every text translated from now on. Waits
 * until no thread is translating (see atlas_language_hold()). Call it on
 * the main thread.
 */
void
atlas_language_set (const char *language)
{
  g_rw_lock_writer_lock (&language_lock);

  if (!system_language_saved)
    {
      system_language = g_strdup (g_getenv ("LANGUAGE"));
      system_language_saved = TRUE;
    }

  if (language == NULL || g_str_equal (language, "system"))
    {
      if (system_language != NULL)
        g_setenv ("LANGUAGE", system_language, TRUE);
      else
        g_unsetenv ("LANGUAGE");
    }
  else
    g_setenv ("LANGUAGE", language, TRUE);

#ifdef __GLIBC__
  {
    /* glibc caches translations: this tells it the language changed (the
     * GNU gettext manual, "Being a gettext grok") */
    extern int _nl_msg_cat_cntr;
    ++_nl_msg_cat_cntr;
  }
#endif

  g_rw_lock_writer_unlock (&language_lock);
}

/**
 * atlas_language_hold:
 *
 * Keeps the language from changing until atlas_language_release(): for a
 * thread other than the main one that translates texts. Holds may
 * overlap, from any number of threads.
 */
void
atlas_language_hold (void)
{
  g_rw_lock_reader_lock (&language_lock);
  g_atomic_int_inc (&n_holders);
}

/**
 * atlas_language_release:
 *
 * Ends a hold of atlas_language_hold().
 */
void
atlas_language_release (void)
{
  g_atomic_int_dec_and_test (&n_holders);
  g_rw_lock_reader_unlock (&language_lock);
}

/**
 * atlas_language_get_n_holders:
 *
 * Returns: how many holds of atlas_language_hold() are under way
 */
guint
atlas_language_get_n_holders (void)
{
  return (guint) g_atomic_int_get (&n_holders);
}
