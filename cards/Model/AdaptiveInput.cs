namespace TicBot.Cards.Model;

/// <summary>
/// An input. Its <see cref="AdaptiveElement.Id"/> is the key of its value in the submitted data, and its
/// <see cref="Label"/> is what screen readers announce (label, isRequired, errorMessage need 1.3).
/// </summary>
public abstract record AdaptiveInput : AdaptiveElement
{
    protected AdaptiveInput(string id, string label)
    {
        Id = id;
        Label = label;
    }

    public string Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown by the host when a required input is empty or out of range.</summary>
    public string? ErrorMessage { get; init; }
}
