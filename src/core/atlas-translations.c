/* atlas-translations.c: the translatable texts of a profile, each kept in English
 *
 * A profile file is written in English. Each text of it that the app
 * translates is registered here once, with where it is shown (a string
 * field of an item, of the helpline, of a figure, of a source, of a note,
 * of the profile), the object and property that show it, and the context
 * the catalogue knows it by. A field is registered once only: a note that
 * a Timeline event shares with its item is the item's.
 * atlas_translations_apply() then puts every text into the language of
 * the moment, or back into English, as often as the language changes: no
 * file is read again, no JSON parsed again.
 *
 * A text shown in English is its English; once translated, the English is
 * kept here and the field holds the translation. The fields belong to
 * their objects, which the profile holds as long as it holds this table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-translations"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-translations.h"

typedef struct {
  GObject     *object;     /* shows the text; notified when it changes */
  GParamSpec  *pspec;      /* the property of @object that shows it */
  char       **slot;       /* where @object keeps the text shown */
  const char  *context;    /* static */
  char        *english;    /* NULL while *slot holds the English */
  gboolean     own_mark;   /* the text is marked, not @object */
} Text;

struct _AtlasTranslations
{
  GArray *texts;  /* of Text */
};

static void
text_clear (Text *text)
{
  g_free (text->english);
}

AtlasTranslations *
atlas_translations_new (void)
{
  AtlasTranslations *self = g_new0 (AtlasTranslations, 1);

  self->texts = g_array_new (FALSE, FALSE, sizeof (Text));
  g_array_set_clear_func (self->texts, (GDestroyNotify) text_clear);

  return self;
}

/**
 * atlas_translations_free:
 *
 * Frees the table and the English it keeps, never the texts shown, which
 * belong to their objects.
 */
void
atlas_translations_free (AtlasTranslations *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->texts);
  g_free (self);
}

static void
add (AtlasTranslations  *self,
     GObject            *object,
     GParamSpec         *pspec,
     char              **slot,
     const char         *context,
     gboolean            own_mark)
{
  Text text = { object, pspec, slot, context, NULL, own_mark };

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (pspec != NULL);
  g_return_if_fail (context != NULL);

  /* An optional text the profile leaves out has nothing to translate */
  if (*slot != NULL)
    g_array_append_val (self->texts, text);
}

/**
 * atlas_translations_add:
 * @object: the object that shows the text
 * @pspec: the property of @object that shows it
 * @slot: the field of @object that holds it, in English
 * @context: (not nullable): the context of the text in the catalogue,
 *   without the "profile: " of build-aux/extract-profile-strings.py
 *
 * Registers a text of the profile. When it stays English for want of a
 * translation, @object is marked (atlas_profile_is_untranslated()).
 */
void
atlas_translations_add (AtlasTranslations  *self,
                        GObject            *object,
                        GParamSpec         *pspec,
                        char              **slot,
                        const char         *context)
{
  add (self, object, pspec, slot, context, FALSE);
}

/**
 * atlas_translations_add_strv:
 * @strv: (nullable): a list of texts of @object, in English
 *
 * Registers each text of @strv, as atlas_translations_add() does.
 */
void
atlas_translations_add_strv (AtlasTranslations  *self,
                             GObject            *object,
                             GParamSpec         *pspec,
                             char              **strv,
                             const char         *context)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    add (self, object, pspec, &strv[i], context, FALSE);
}

/**
 * atlas_translations_add_own_mark:
 *
 * Like atlas_translations_add(), but it is the text itself, the string in
 * @slot, that is marked when it stays English: for the profile's own
 * texts, which the app asks about one by one.
 */
void
atlas_translations_add_own_mark (AtlasTranslations  *self,
                                 GObject            *object,
                                 GParamSpec         *pspec,
                                 char              **slot,
                                 const char         *context)
{
  add (self, object, pspec, slot, context, TRUE);
}

/* The translation of @english in the app's catalogue, with the context
 * the extractor gives it, or %NULL when the catalogue has none */
static const char *
lookup (const char *context,
        const char *english)
{
  g_autofree char *key = NULL;
  const char *text;

  /* What g_dpgettext2() does, without its copy on the stack: a text of a
   * profile may be megabytes long */
  key = g_strconcat ("profile: ", context, "\004", english, NULL);
  text = g_dgettext (GETTEXT_PACKAGE, key);

  return text != key ? text : NULL;
}

/* Puts @shown in the text's field; returns whether the field changed */
static gboolean
show (Text       *text,
      const char *shown)
{
  const char *english = text->english != NULL ? text->english : *text->slot;

  if (g_str_equal (shown, english))
    {
      if (text->english == NULL)
        return FALSE;

      /* Back to the English */
      g_free (*text->slot);
      *text->slot = g_steal_pointer (&text->english);
      return TRUE;
    }

  if (text->english == NULL)
    text->english = *text->slot;
  else if (g_str_equal (*text->slot, shown))
    return FALSE;
  else
    g_free (*text->slot);

  *text->slot = g_strdup (shown);
  return TRUE;
}

/**
 * atlas_translations_apply:
 * @translating: whether to translate; when %FALSE every text is English
 * @notify: whether to notify the property of each text that changes
 *   (a profile being loaded has no one to tell)
 * @untranslated: (element-type gpointer): a set, emptied, then filled with
 *   what kept English text for want of a translation: objects, and the
 *   texts of atlas_translations_add_own_mark()
 *
 * Puts every text into the language of the moment. Call it where the
 * language cannot change meanwhile (atlas-language.c): on the main thread,
 * or holding the language.
 *
 * Returns: whether a text changed
 */
gboolean
atlas_translations_apply (AtlasTranslations *self,
                          gboolean           translating,
                          gboolean           notify,
                          GHashTable        *untranslated)
{
  g_autoptr(GHashTable) frozen = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer object;
  gboolean changed = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (untranslated != NULL, FALSE);

  g_hash_table_remove_all (untranslated);

  for (guint i = 0; i < self->texts->len; i++)
    {
      Text *text = &g_array_index (self->texts, Text, i);
      const char *english = text->english != NULL ? text->english : *text->slot;
      const char *shown = translating ? lookup (text->context, english) : english;

      if (shown == NULL)
        shown = english;

      if (show (text, shown))
        {
          changed = TRUE;

          /* One notification per property, however many of its texts
           * changed (the earlier figures of a statistic) */
          if (notify && g_hash_table_add (frozen, text->object))
            g_object_freeze_notify (text->object);
          if (notify)
            g_object_notify_by_pspec (text->object, text->pspec);
        }

      if (translating && shown == english)
        g_hash_table_add (untranslated, text->own_mark ? (gpointer) *text->slot : text->object);
    }

  g_hash_table_iter_init (&iter, frozen);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    g_object_thaw_notify (object);

  return changed;
}
