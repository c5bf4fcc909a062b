/* atlas-widgets.c: small building blocks of the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-sections.h"
#include "atlas-url.h"
#include "atlas-widgets.h"

/* How narrow a wrapping label may get. By default GTK measures that by
 * laying its text out with a break after every character, and Pango shapes
 * the rest of the text again for each line: for a paragraph that was the
 * costliest layout of start-up, by far. A minimum of 12 characters (or of
 * the whole text, when shorter) is as narrow as any page gets, and costs a
 * layout of a dozen lines and a measure of the font instead.
 *
 * Not for the large type of titles and headline figures: twelve of their
 * characters at 300% zoom are wider than a projector's content pane, and
 * their texts are short anyway. */
static void
set_minimum_width (GtkLabel   *label,
                   const char *text,
                   const char *css_class)
{
  static const char * const large_type[] = {
    "large-title", "title-1", "title-2", "title-3", "title-4", "atlas-figure", NULL,
  };

  if (css_class != NULL && g_strv_contains (large_type, css_class))
    return;

  /* Without a text yet (a row of a list, bound to item after item), the
   * texts to come may be long */
  gtk_label_set_width_chars (label, text != NULL ? (int) MIN (g_utf8_strlen (text, -1), 12) : 12);
}

/**
 * atlas_text_new:
 * @text: plain text, from the profile or the app
 * @css_class: (nullable): a style class such as "heading" or "dim-label"
 *
 * A label for text of any length: it wraps instead of cutting, it can be
 * selected and copied, and it never interprets markup (text from a profile
 * file is shown as it is, "<b>" and "&" included).
 *
 * Returns: (transfer floating): the label
 */
GtkWidget *
atlas_text_new (const char *text,
                const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  set_minimum_width (GTK_LABEL (label), text, css_class);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  /* Selectable with the mouse, but no stop for Tab in every paragraph. Not
   * focusable is not enough: GTK 4.8's selectable label tells Tab it took
   * the focus even when it could not, and Tab then stayed where it was at
   * the first paragraph of a page. */
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_can_focus (label, FALSE);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/**
 * atlas_link_button_new:
 * @label: what the button says
 * @url: the address; the window's `win.open-url` action checks it before
 *   anything is opened
 *
 * Returns: (transfer floating): a button that opens @url in the browser
 */
GtkWidget *
atlas_link_button_new (const char *label,
                       const char *url)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *text = gtk_label_new (label);
  g_autofree char *description = NULL;
  g_autofree char *tooltip = NULL;

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  /* Break into lines only when the line does not fit. Otherwise GTK gives
   * a button that does not fill its row the narrowest width at which the
   * label keeps the height it was measured with, and at some text sizes
   * (75%) that height was two lines: the helpline's source broke in two in
   * a card with room for it. */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (text), GTK_NATURAL_WRAP_NONE);
  /* In this mode GTK 4.8 does not keep the natural width at least as wide
   * as the width-chars minimum, and warns when it is narrower: only a text
   * of 24 characters or more is surely wider than 12 digits */
  if (g_utf8_strlen (label, -1) >= 24)
    set_minimum_width (GTK_LABEL (text), label, NULL);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0f);
  gtk_button_set_child (GTK_BUTTON (button), text);

  gtk_widget_add_css_class (button, "link");
  gtk_widget_add_css_class (button, "atlas-link");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  tooltip = atlas_url_format_tooltip (url);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-url");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (url));

  /* TRANSLATORS: what a screen reader says of a link: "Child Focus, opens https://childfocus.be" */
  description = g_strdup_printf (_("%s, opens %s"), label, url);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  return button;
}

/**
 * atlas_item_box_new:
 *
 * Returns: (transfer floating): a vertical box with the padding of an item
 *   in a boxed list
 */
GtkWidget *
atlas_item_box_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (box, "atlas-item");

  return box;
}

/**
 * atlas_item_box_add:
 * @text: (nullable): the text; nothing is added when it is %NULL
 *
 * Appends a text label to @box.
 */
void
atlas_item_box_add (GtkWidget  *box,
                    const char *text,
                    const char *css_class)
{
  if (text == NULL)
    return;

  gtk_box_append (GTK_BOX (box), atlas_text_new (text, css_class));
}

/**
 * atlas_language_tag_new:
 *
 * Returns: (transfer floating): a tag for atlas_language_tag_update() to
 *   fill; hidden until then
 */
GtkWidget *
atlas_language_tag_new (void)
{
  GtkWidget *tag = gtk_label_new (NULL);

  gtk_widget_add_css_class (tag, "atlas-tag");
  gtk_widget_add_css_class (tag, "atlas-language-tag");
  gtk_widget_set_halign (tag, GTK_ALIGN_START);
  gtk_widget_set_valign (tag, GTK_ALIGN_START);
  gtk_widget_set_visible (tag, FALSE);

  return tag;
}

/**
 * atlas_language_tag_update:
 * @tag: a tag of atlas_language_tag_new()
 *
 * Shows on @tag what atlas_language_note() says of @what, with its
 * explanation as tooltip and accessible description, or hides it.
 */
void
atlas_language_tag_update (GtkWidget     *tag,
                           AtlasProfile  *profile,
                           gconstpointer  what,
                           gboolean       legal)
{
  const char *explain = NULL;
  const char *note = atlas_language_note (profile, what, legal, &explain);

  gtk_widget_set_visible (tag, note != NULL);
  if (note == NULL)
    return;

  gtk_label_set_text (GTK_LABEL (tag), note);
  gtk_widget_set_tooltip_text (tag, explain);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tag),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, explain,
                                  -1);
}

/**
 * atlas_language_tag_new_for:
 *
 * Returns: (transfer floating) (nullable): the tag
 *   atlas_language_tag_update() makes for @what, or %NULL when there is
 *   nothing to say
 */
GtkWidget *
atlas_language_tag_new_for (AtlasProfile  *profile,
                            gconstpointer  what,
                            gboolean       legal)
{
  GtkWidget *tag;

  if (atlas_language_note (profile, what, legal, NULL) == NULL)
    return NULL;

  tag = atlas_language_tag_new ();
  atlas_language_tag_update (tag, profile, what, legal);
  return tag;
}

/**
 * atlas_item_box_add_source:
 * @source: where a figure comes from
 *
 * Adds "Source: World Bank (CC BY 4.0)" to @box: a link when the source
 * has an address, a caption otherwise.
 */
void
atlas_item_box_add_source (GtkWidget         *box,
                           const AtlasSource *source)
{
  g_autofree char *text = atlas_source_format (source);

  if (source->url != NULL)
    gtk_box_append (GTK_BOX (box), atlas_link_button_new (text, source->url));
  else
    atlas_item_box_add (box, text, "caption");
}

/**
 * atlas_item_box_add_language_tag:
 *
 * Appends to @box the tag atlas_language_tag_update() makes for @what,
 * when there is something to say.
 */
void
atlas_item_box_add_language_tag (GtkWidget     *box,
                                 AtlasProfile  *profile,
                                 gconstpointer  what,
                                 gboolean       legal)
{
  GtkWidget *tag = atlas_language_tag_new_for (profile, what, legal);

  if (tag != NULL)
    gtk_box_append (GTK_BOX (box), tag);
}

/**
 * atlas_item_box_add_texts_language_tag:
 * @text: (nullable): a text of @profile itself, such as an intro
 * @other: (nullable): another one shown with it, such as its heading
 *
 * Appends to @box one tag for two of the profile's own texts shown
 * together, when either kept its English.
 */
void
atlas_item_box_add_texts_language_tag (GtkWidget    *box,
                                       AtlasProfile *profile,
                                       const char   *text,
                                       const char   *other)
{
  atlas_item_box_add_language_tag (box, profile,
                                   atlas_profile_is_untranslated (profile, text) ? text : other,
                                   FALSE);
}

/* Accessible names
 *
 * GTK 4.8 names a widget for screen readers after its label property
 * followed by the widgets it is labelled by. A button with a mnemonic is
 * both: GtkButton copies its label, underscore included, into the label
 * property, and the GtkLabel inside, whose mnemonic widget the button is,
 * adds a labelled-by relation. "_Copy Citation" was then read as
 * "_Copy Citation Copy Citation". Newer GTK prefers the relation to the
 * property, so a name of our own needs the relation gone as well. */

/**
 * atlas_widget_set_accessible_name:
 * @name: what a screen reader says of @widget
 *
 * Names @widget @name and nothing else: not after the label inside it.
 * GtkButton sets the label property again whenever its label changes:
 * call this after gtk_button_set_label().
 */
void
atlas_widget_set_accessible_name (GtkWidget  *widget,
                                  const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/**
 * atlas_button_name_from_label:
 *
 * Names a button with a mnemonic after its visible label only ("Clear
 * Filters"), without the underscored copy GTK 4.8 puts before it. Call it
 * after the label is set (for a template, after gtk_widget_init_template()).
 */
void
atlas_button_name_from_label (GtkWidget *button)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/**
 * atlas_widget_name_inner_button:
 * @widget: a #GtkDropDown or a #GtkMenuButton, with its accessible label set
 *
 * In GTK 4.8 the toggle button inside a drop-down or a menu button is a
 * control of its own for screen readers, and the one that takes the focus,
 * but is named after its type ("GtkToggleButton"), or after its mnemonic
 * label twice. It is named after @widget instead, by a relation, so that
 * it follows @widget's label.
 */
void
atlas_widget_name_inner_button (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (widget) || GTK_IS_MENU_BUTTON (widget));

  /* Newer GTK (4.18) labels a drop-down by the item it shows, which wins
   * over its label: the profile switcher, showing no item yet, had no
   * name at all. The label says what the control chooses; the item shown
   * is its value. */
  if (GTK_IS_DROP_DOWN (widget))
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_BUTTON (child))
        continue;

      /* A menu button's label is set on the inner button, mnemonic and all */
      gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, widget, NULL,
                                      -1);
    }
}

/* @text without its mnemonic underscores ("_Print" → "Print"; "__" → "_") */
static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void name_menu_items (GtkWidget *widget);

static void
accel_changed_cb (GtkWidget  *item,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  name_menu_items (item);
}

static void
menu_mapped_cb (GtkWidget *popover,
                gpointer   user_data)
{
  name_menu_items (popover);
}

static void
name_menu_items (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  if ((role == GTK_ACCESSIBLE_ROLE_MENU_ITEM || role == GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX ||
       role == GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO) &&
      g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "text") != NULL)
    {
      g_autofree char *text = NULL;
      g_autofree char *name = NULL;

      g_object_get (widget, "text", &text, NULL);
      if (text != NULL && *text != '\0')
        {
          name = strip_mnemonic (text);
          atlas_widget_set_accessible_name (widget, name);
        }

      /* GTK 4.18 labels an item by its text and its shortcut again when
       * its shortcut is set (Keyboard Shortcuts, Ctrl+?), after it is made */
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "accel") != NULL &&
          g_object_get_data (G_OBJECT (widget), "atlas-named") == NULL)
        {
          g_object_set_data (G_OBJECT (widget), "atlas-named", GINT_TO_POINTER (TRUE));
          g_signal_connect (widget, "notify::accel", G_CALLBACK (accel_changed_cb), NULL);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_menu_items (child);
}

/**
 * atlas_popover_menu_name_items:
 * @popover: a #GtkPopoverMenu
 *
 * Names each item of a menu made from a menu model after its text, for
 * screen readers, each time the menu opens (GTK makes some items again as
 * their actions come and go). GTK 4.8 names an item after the label in
 * it; GTK 4.18 does not, and its menu items had no name at all.
 */
void
atlas_popover_menu_name_items (GtkWidget *popover)
{
  g_return_if_fail (GTK_IS_POPOVER_MENU (popover));

  name_menu_items (popover);
  g_signal_connect (popover, "map", G_CALLBACK (menu_mapped_cb), NULL);
}
