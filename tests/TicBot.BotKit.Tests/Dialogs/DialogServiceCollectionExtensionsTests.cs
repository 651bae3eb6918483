using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.Dialogs;

public sealed class DialogServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDialogState_CalledTwice_RegistersOneAccessorAndOneCleanup()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new MemberConversationState(new MemoryStorage()));

        services.AddDialogState().AddDialogState();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(DialogState.PropertyName, provider.GetRequiredService<IStatePropertyAccessor<DialogState>>().Name);
        Assert.IsType<DialogStateCleanup>(Assert.Single(provider.GetServices<ITurnErrorCleanup>()));
    }
}
