using TicBot.BotKit.Builder;

namespace TicBot.BotKit.State;

/// <summary>Reads and writes one typed property of a state scope (conversation, user) during a turn.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>The value; when absent and <paramref name="defaultValueFactory"/> is given, stores and returns its result.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory, CancellationToken cancellationToken);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
