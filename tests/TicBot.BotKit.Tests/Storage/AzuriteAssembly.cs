using TicBot.TestSupport.Azurite;

// One Azurite for the whole assembly: the Blob contract suite and the two-host turn tests share it.
[assembly: AssemblyFixture(typeof(AzuriteFixture))]
