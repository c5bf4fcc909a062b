/* atlas-item.c: what every item of a profile's sections has
 *
 * An item has an id, a title, a year (0 when it has none) and a last year
 * for a span, a description, a web address and its notes (#AtlasNote,
 * what changed since the edition or what the edition gets wrong). These
 * are set when it is made; the title and the description change only
 * when a language switch translates them again
 * (atlas_profile_retranslate()), and are notified then. What an item
 * class adds, and how its items read in a heading, a slide or a search,
 * are the vfuncs of #AtlasItemClass: the pages, slides and search index
 * need no switch on the kind of item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-item"

#include "config.h"

#include "atlas-format.h"
#include "atlas-item.h"
#include "atlas-note.h"
#include "atlas-text.h"

typedef struct
{
  char *id;
  char *title;
  int   year;
  int   end_year;
  char *description;
  char *url;

  /* Of AtlasNote; NULL when it has none. A Timeline event that stands
   * for an item shows that item's, which the item translates. */
  GListModel *notes;
  gboolean    notes_shared;
} AtlasItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (AtlasItem, atlas_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_YEAR,
  PROP_END_YEAR,
  PROP_DESCRIPTION,
  PROP_URL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_item_finalize (GObject *object)
{
  AtlasItemPrivate *priv = atlas_item_get_instance_private (ATLAS_ITEM (object));

  g_free (priv->id);
  g_free (priv->title);
  g_free (priv->description);
  g_free (priv->url);
  g_clear_object (&priv->notes);

  G_OBJECT_CLASS (atlas_item_parent_class)->finalize (object);
}

static void
atlas_item_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AtlasItemPrivate *priv = atlas_item_get_instance_private (ATLAS_ITEM (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;

    case PROP_YEAR:
      g_value_set_int (value, priv->year);
      break;

    case PROP_END_YEAR:
      g_value_set_int (value, priv->end_year);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, priv->description);
      break;

    case PROP_URL:
      g_value_set_string (value, priv->url);
      break;

    case PROP_NOTES:
      g_value_set_object (value, atlas_item_get_notes (ATLAS_ITEM (object)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_item_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AtlasItemPrivate *priv = atlas_item_get_instance_private (ATLAS_ITEM (object));

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      priv->title = g_value_dup_string (value);
      break;

    case PROP_YEAR:
      priv->year = g_value_get_int (value);
      break;

    case PROP_END_YEAR:
      priv->end_year = g_value_get_int (value);
      break;

    case PROP_DESCRIPTION:
      priv->description = g_value_dup_string (value);
      break;

    case PROP_URL:
      priv->url = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static AtlasSection
atlas_item_real_get_section (AtlasItem *self)
{
  return ATLAS_ITEM_GET_CLASS (self)->section;
}

static gboolean
atlas_item_real_get_sensitive (AtlasItem *self)
{
  return FALSE;
}

static char *
atlas_item_real_format_title (AtlasItem *self)
{
  return g_strdup (atlas_item_get_title (self));
}

/* "2015", "2007–2009" */
static char *
atlas_item_real_format_facts (AtlasItem *self)
{
  AtlasItemPrivate *priv = atlas_item_get_instance_private (self);

  if (priv->year == 0)
    return NULL;

  return atlas_format_year_range (priv->year, priv->end_year);
}

static char *
atlas_item_real_format_body (AtlasItem *self)
{
  return g_strdup (atlas_item_get_description (self));
}

static char *
atlas_item_real_format_footer (AtlasItem *self)
{
  return NULL;
}

static char *
atlas_item_real_format_search_detail (AtlasItem *self)
{
  return atlas_text_extract (atlas_item_get_description (self), 120);
}

static void
atlas_item_real_add_search_texts (AtlasItem *self,
                                  GPtrArray *texts)
{
}

static void
atlas_item_real_add_translations (AtlasItem         *self,
                                  AtlasTranslations *translations)
{
  AtlasItemClass *klass = ATLAS_ITEM_GET_CLASS (self);

  atlas_item_add_text_translations (self, translations,
                                    klass->title_context, klass->description_context);
}

static void
atlas_item_class_init (AtlasItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_item_finalize;
  object_class->get_property = atlas_item_get_property;
  object_class->set_property = atlas_item_set_property;

  klass->get_section = atlas_item_real_get_section;
  klass->get_sensitive = atlas_item_real_get_sensitive;
  klass->format_title = atlas_item_real_format_title;
  klass->format_facts = atlas_item_real_format_facts;
  klass->format_body = atlas_item_real_format_body;
  klass->format_footer = atlas_item_real_format_footer;
  klass->format_search_detail = atlas_item_real_format_search_detail;
  klass->add_search_texts = atlas_item_real_add_search_texts;
  klass->add_translations = atlas_item_real_add_translations;

  /**
   * AtlasItem:id:
   *
   * The stable id, unique in the item's section.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasItem:title:
   *
   * The title: of an initiative, a law, an event; the name of an
   * organization or a police unit (its acronym when it has no name); the
   * label of a statistic. Notified when a language switch translates it
   * again.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasItem:year:
   *
   * The year: the first of an initiative, the founding of an organization,
   * the date of a law or a publication; 0 when the item has none.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasItem:end-year:
   *
   * The last year of a span of years, or 0.
   */
  properties[PROP_END_YEAR] =
    g_param_spec_int ("end-year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasItem:description:
   *
   * What the item is: the remit of a police unit, the summary of a
   * publication, the note on a statistic (%NULL when it has none).
   * Notified when a language switch translates it again.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasItem:url:
   *
   * A web address, or %NULL.
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasItem:notes:
   *
   * The notes beside the item's text (#AtlasNote): what changed since the
   * edition, what the edition gets wrong. Empty when it has none; a
   * Timeline event that stands for an item has that item's.
   */
  properties[PROP_NOTES] =
    g_param_spec_object ("notes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_item_init (AtlasItem *self)
{
}

/**
 * atlas_item_set_fields:
 *
 * Sets what every item has, in the constructor of an item class that
 * bypasses the property machinery (a profile may hold hundreds of
 * thousands of publications). Only while the item is made.
 */
void
atlas_item_set_fields (AtlasItem  *self,
                       const char *id,
                       const char *title,
                       int         year,
                       int         end_year,
                       const char *description,
                       const char *url)
{
  AtlasItemPrivate *priv;

  g_return_if_fail (ATLAS_IS_ITEM (self));

  priv = atlas_item_get_instance_private (self);
  g_return_if_fail (priv->id == NULL);

  priv->id = g_strdup (id);
  priv->title = g_strdup (title);
  priv->year = year;
  priv->end_year = end_year;
  priv->description = g_strdup (description);
  priv->url = g_strdup (url);
}

const char *
atlas_item_get_id (AtlasItem *self)
{
  AtlasItemPrivate *priv;

  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  priv = atlas_item_get_instance_private (self);
  return priv->id;
}

const char *
atlas_item_get_title (AtlasItem *self)
{
  AtlasItemPrivate *priv;

  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  priv = atlas_item_get_instance_private (self);
  return priv->title;
}

int
atlas_item_get_year (AtlasItem *self)
{
  AtlasItemPrivate *priv;

  g_return_val_if_fail (ATLAS_IS_ITEM (self), 0);

  priv = atlas_item_get_instance_private (self);
  return priv->year;
}

int
atlas_item_get_end_year (AtlasItem *self)
{
  AtlasItemPrivate *priv;

  g_return_val_if_fail (ATLAS_IS_ITEM (self), 0);

  priv = atlas_item_get_instance_private (self);
  return priv->end_year;
}

const char *
atlas_item_get_description (AtlasItem *self)
{
  AtlasItemPrivate *priv;

  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  priv = atlas_item_get_instance_private (self);
  return priv->description;
}

const char *
atlas_item_get_url (AtlasItem *self)
{
  AtlasItemPrivate *priv;

  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  priv = atlas_item_get_instance_private (self);
  return priv->url;
}

/**
 * atlas_item_get_notes:
 *
 * Returns: (transfer none): the item's notes (#AtlasNote), in the order of
 *   the profile; empty, never %NULL, when it has none
 */
GListModel *
atlas_item_get_notes (AtlasItem *self)
{
  AtlasItemPrivate *priv;

  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  priv = atlas_item_get_instance_private (self);
  return priv->notes != NULL ? priv->notes : atlas_notes_get_empty ();
}

/**
 * atlas_item_set_notes:
 * @notes: (nullable): a model of #AtlasNote, or %NULL for none
 *
 * Gives the item its notes, which atlas_item_add_translations() then
 * registers with its texts. Only while the item is made (the loader).
 */
void
atlas_item_set_notes (AtlasItem  *self,
                      GListModel *notes)
{
  AtlasItemPrivate *priv;

  g_return_if_fail (ATLAS_IS_ITEM (self));
  g_return_if_fail (notes == NULL || G_IS_LIST_MODEL (notes));

  priv = atlas_item_get_instance_private (self);
  g_return_if_fail (priv->notes == NULL);

  if (notes != NULL && g_list_model_get_n_items (notes) > 0)
    priv->notes = g_object_ref (notes);
}

/**
 * atlas_item_share_notes:
 * @owner: the item whose notes @self shows
 *
 * Gives @self the notes of @owner, the same objects: for a Timeline event
 * that stands for @owner. @owner registers their texts for translation,
 * @self does not. Only while @self is made.
 */
void
atlas_item_share_notes (AtlasItem *self,
                        AtlasItem *owner)
{
  AtlasItemPrivate *priv;
  AtlasItemPrivate *owner_priv;

  g_return_if_fail (ATLAS_IS_ITEM (self));
  g_return_if_fail (ATLAS_IS_ITEM (owner));

  priv = atlas_item_get_instance_private (self);
  owner_priv = atlas_item_get_instance_private (owner);
  g_return_if_fail (priv->notes == NULL);

  if (owner_priv->notes != NULL)
    priv->notes = g_object_ref (owner_priv->notes);
  priv->notes_shared = TRUE;
}

/**
 * atlas_item_get_section:
 *
 * Returns: the section the item belongs to; for a Timeline event that
 *   stands for a dated item of another section, that section
 */
AtlasSection
atlas_item_get_section (AtlasItem *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM (self), ATLAS_SECTION_OVERVIEW);

  return ATLAS_ITEM_GET_CLASS (self)->get_section (self);
}

/**
 * atlas_item_get_sensitive:
 *
 * Returns: whether the profile marks the item's text as sensitive, which
 *   the classroom-safe view hides
 */
gboolean
atlas_item_get_sensitive (AtlasItem *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM (self), FALSE);

  return ATLAS_ITEM_GET_CLASS (self)->get_sensitive (self);
}

/**
 * atlas_item_is_law:
 *
 * Whether the item gives the text of a law: an item of the Legislation
 * section, or a Timeline event that stands for one. Its translation is
 * then unofficial.
 *
 * Returns: whether the item is a law
 */
gboolean
atlas_item_is_law (AtlasItem *self)
{
  return atlas_item_get_section (self) == ATLAS_SECTION_LEGISLATION;
}

/**
 * atlas_item_format_title:
 *
 * Returns: (transfer full): the title as a heading shows it: "FCCU:
 *   Federal Computer Crime Unit"
 */
char *
atlas_item_format_title (AtlasItem *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  return ATLAS_ITEM_GET_CLASS (self)->format_title (self);
}

/**
 * atlas_item_format_facts:
 *
 * Returns: (transfer full) (nullable): the line that places the item:
 *   "2007–2009", "NGO · National · since 2002", "Penal Code, article 383"
 */
char *
atlas_item_format_facts (AtlasItem *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  return ATLAS_ITEM_GET_CLASS (self)->format_facts (self);
}

/**
 * atlas_item_format_body:
 *
 * Returns: (transfer full) (nullable): the whole text of the item, as a
 *   slide or a handout shows it
 */
char *
atlas_item_format_body (AtlasItem *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  return ATLAS_ITEM_GET_CLASS (self)->format_body (self);
}

/**
 * atlas_item_format_footer:
 *
 * Returns: (transfer full) (nullable): a line under the text of a slide
 *   or a handout: the English name of an organization
 */
char *
atlas_item_format_footer (AtlasItem *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  return ATLAS_ITEM_GET_CLASS (self)->format_footer (self);
}

/**
 * atlas_item_format_search_detail:
 *
 * Returns: (transfer full) (nullable): the line under the title in a list
 *   of results: the start of the description, the years of an event, the
 *   authors and year of a publication, the value of a statistic
 */
char *
atlas_item_format_search_detail (AtlasItem *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM (self), NULL);

  return ATLAS_ITEM_GET_CLASS (self)->format_search_detail (self);
}

/**
 * atlas_item_add_search_texts:
 * @texts: (element-type utf8): where to append them; the texts are the
 *   item's, not copies
 *
 * Appends the texts a search looks in: the title, the description,
 * what the item class adds (an acronym, the authors, the article of a
 * law) and the texts of its notes. Any may be %NULL.
 */
void
atlas_item_add_search_texts (AtlasItem *self,
                             GPtrArray *texts)
{
  AtlasItemPrivate *priv;
  guint n_notes;

  g_return_if_fail (ATLAS_IS_ITEM (self));

  priv = atlas_item_get_instance_private (self);
  g_ptr_array_add (texts, priv->title);
  g_ptr_array_add (texts, priv->description);
  ATLAS_ITEM_GET_CLASS (self)->add_search_texts (self, texts);

  n_notes = priv->notes != NULL ? g_list_model_get_n_items (priv->notes) : 0;
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(AtlasNote) note = g_list_model_get_item (priv->notes, i);

      /* The note's, which the model keeps */
      g_ptr_array_add (texts, (char *) atlas_note_get_text (note));
    }
}

/**
 * atlas_item_add_translations:
 *
 * Registers every text of the item that is translated in @translations:
 * those its class names, and the texts of its notes, unless it shares
 * them with the item it stands for (atlas_item_share_notes()).
 */
void
atlas_item_add_translations (AtlasItem         *self,
                             AtlasTranslations *translations)
{
  AtlasItemPrivate *priv;

  g_return_if_fail (ATLAS_IS_ITEM (self));

  priv = atlas_item_get_instance_private (self);
  ATLAS_ITEM_GET_CLASS (self)->add_translations (self, translations);
  if (priv->notes != NULL && !priv->notes_shared)
    atlas_notes_add_translations (priv->notes, translations);
}

/**
 * atlas_item_add_text_translations:
 * @title_context: (nullable): the context of the title, or %NULL when it
 *   is not translated
 * @description_context: (nullable): the same for the description
 *
 * Registers the title and the description in @translations, for an item
 * class whose contexts are not those of its class structure.
 */
void
atlas_item_add_text_translations (AtlasItem         *self,
                                  AtlasTranslations *translations,
                                  const char        *title_context,
                                  const char        *description_context)
{
  AtlasItemPrivate *priv = atlas_item_get_instance_private (self);

  if (title_context != NULL)
    atlas_translations_add (translations, G_OBJECT (self), properties[PROP_TITLE],
                            &priv->title, title_context);
  if (description_context != NULL)
    atlas_translations_add (translations, G_OBJECT (self), properties[PROP_DESCRIPTION],
                            &priv->description, description_context);
}

/**
 * atlas_item_format_dated_extract:
 *
 * A search detail for the items whose years matter most: "2014 · A
 * campaign was launched…".
 *
 * Returns: (transfer full): the detail
 */
char *
atlas_item_format_dated_extract (AtlasItem *self)
{
  g_autofree char *years = atlas_item_format_facts (self);
  g_autofree char *start = atlas_text_extract (atlas_item_get_description (self), 100);

  if (start == NULL)
    return g_steal_pointer (&years);
  if (years == NULL)
    return g_steal_pointer (&start);

  return g_strdup_printf ("%s · %s", years, start);
}
