using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.Storage;

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateSut() => new MemoryStorage();
}
