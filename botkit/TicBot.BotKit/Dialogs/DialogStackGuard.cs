namespace TicBot.BotKit.Dialogs;

/// <summary>Checks a deserialised stack before it is run: JSON can hold nulls the types do not allow.</summary>
internal static class DialogStackGuard
{
    /// <exception cref="DialogStateException">The stack, an entry, an id or a state is missing.</exception>
    public static void Validate(DialogState state)
    {
        // Nullable annotations are not enforced by the deserialiser: a stored null must not become a crash.
        if (state.DialogStack is null)
        {
            throw new DialogStateException("The stored dialog stack is missing.");
        }

        foreach (var instance in state.DialogStack)
        {
            if (instance is null || string.IsNullOrEmpty(instance.Id) || instance.State is null)
            {
                throw new DialogStateException("The stored dialog stack has an incomplete entry.");
            }
        }
    }
}
