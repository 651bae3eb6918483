namespace TicBot.Cards.Factories;

/// <summary>What a question card asks for.</summary>
public enum QuestionInput
{
    Text,

    /// <summary>Several lines of text (a description, a list one item per line).</summary>
    LongText,
    Number,
    Date,
    YesNo,
}
