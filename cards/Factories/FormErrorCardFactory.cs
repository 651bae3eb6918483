using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>Tells the user which fields of a form to correct, and how, each error named in words.</summary>
public static class FormErrorCardFactory
{
    /// <param name="formTitle">The form's name, e.g. "Description du scénario".</param>
    /// <exception cref="ArgumentException">No errors were given: there is nothing to show.</exception>
    public static AdaptiveCard Create(string formTitle, IReadOnlyList<FieldErrorView> errors, ContentLanguage language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formTitle);
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A form error card needs at least one error.", nameof(errors));
        }

        var title = errors.Count == 1
            ? T(language, "Une information est à corriger", "One entry needs correcting")
            : T(language, $"{errors.Count} informations sont à corriger", $"{errors.Count} entries need correcting");
        List<AdaptiveElement> body =
        [
            Heading(title),
            Paragraph(T(language, $"Formulaire : {formTitle}", $"Form: {formTitle}")),
        ];
        body.AddRange(errors.Select(error => new Container(
            [Labelled(T(language, $"{error.Label} :", $"{error.Label}:"), error.Message)])
        {
            Style = ContainerStyle.Attention,
            Spacing = Spacing.Small,
        }));
        body.Add(Subtle(T(language,
            "Corrigez ces champs dans le formulaire, puis validez-le à nouveau.",
            "Correct these fields in the form, then send it again.")));
        return Card(language, title, body);
    }
}
