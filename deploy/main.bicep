// TicBot on Azure: App Service on Linux (.NET 10, two instances or more) behind Azure Bot Service, state in a Blob
// container reached with a user-assigned managed identity (no storage key anywhere), Application Insights and alerts.
// Compile: the tests do it with the Bicep CLI restored from NuGet (tests/TicBot.Deploy.Tests). Deploy: README.md.
targetScope = 'resourceGroup'

@description('Prefix of the resource names, lower case letters, digits and dashes (for example ticbot-saint-eloi).')
@minLength(3)
@maxLength(20)
param name string

@description('Region of every regional resource. France Central keeps the collectivité\'s data in France.')
param location string = 'francecentral'

@description('How the bot authenticates to the Bot Connector: UserAssignedMSI (the managed identity, nothing to register by hand) or SingleTenant (an Entra app registration made by hand, its secret in the Key Vault).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the application (client) id of the Entra app registration.')
param singleTenantAppId string = ''

@description('Instances of the App Service plan; at least two, so that one can restart while the other answers.')
@minValue(2)
@maxValue(30)
param instanceCount int = 2

@description('App Service plan size (Premium v3 keeps Always On and scale-out).')
param appServiceSku string = 'P0v3'

@description('Storage redundancy; ZRS keeps three copies in three zones of the region.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Days a deleted or overwritten state blob can be restored (soft delete), and after which its old versions are deleted.')
@minValue(1)
@maxValue(365)
param backupRetentionDays int = 30

@description('The controller of the data, as the privacy page names it (for example "Commune de Saint-Éloi").')
@minLength(1)
param controllerName string

@description('The data protection officer\'s e-mail address or https page.')
@minLength(3)
param dpoContact string

@description('The bot\'s public https address; empty: the App Service\'s own (https://<name>-app.azurewebsites.net).')
param publicBaseUrl string = ''

@description('Who receives the alerts (e-mail); empty: the alerts fire in Azure Monitor without notifying anyone.')
param alertEmail string = ''

@description('Azure Bot pricing tier; Teams is a standard channel (not metered) on both.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

var suffix = uniqueString(resourceGroup().id, name)
var appName = '${name}-app'
var baseUrl = empty(publicBaseUrl) ? 'https://${appName}.azurewebsites.net' : publicBaseUrl
var stateContainer = 'ticbot-state'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    accountName: take(toLower(replace('${name}${suffix}', '-', '')), 24)
    location: location
    sku: storageSku
    containerName: stateContainer
    retentionDays: backupRetentionDays
    principalId: identity.properties.principalId
  }
}

module secrets 'modules/secrets.bicep' = if (botAppType == 'SingleTenant') {
  name: 'secrets'
  params: {
    vaultName: take('${name}-kv-${suffix}', 24)
    location: location
    principalId: identity.properties.principalId
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    location: location
  }
}

var botAppId = botAppType == 'UserAssignedMSI' ? identity.properties.clientId : singleTenantAppId

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    appName: appName
    location: location
    sku: appServiceSku
    instanceCount: instanceCount
    identityId: identity.id
    settings: union({
      MicrosoftAppType: botAppType
      MicrosoftAppId: botAppId
      MicrosoftAppTenantId: tenant().tenantId
      // DefaultAzureCredential (the Blob store) picks the user-assigned identity by this id.
      AZURE_CLIENT_ID: identity.properties.clientId
      Storage__Provider: 'Blob'
      Storage__Blob__ServiceUri: storage.outputs.blobEndpoint
      Storage__Blob__Container: stateContainer
      Bot__PublicBaseUrl: baseUrl
      Bot__ControllerName: controllerName
      Bot__DpoContact: dpoContact
      Bot__DataLocation: 'Microsoft Azure, ${location}'
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
    }, botAppType == 'SingleTenant' ? {
      // A Key Vault reference, resolved by the App Service with the managed identity: the secret is in no setting.
      MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${secrets!.outputs.vaultName};SecretName=MicrosoftAppPassword)'
    } : {})
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: '${name}-bot'
    sku: botSku
    endpoint: '${baseUrl}/api/messages'
    appType: botAppType
    appId: botAppId
    identityId: botAppType == 'UserAssignedMSI' ? identity.id : ''
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    name: name
    location: location
    siteId: app.outputs.siteId
    insightsId: monitoring.outputs.insightsId
    alertEmail: alertEmail
  }
}

@description('The App Service that runs the bot (deploy the published bot to it).')
output appName string = appName

@description('Bot:PublicBaseUrl: the package command\'s --public-base-url.')
output publicBaseUrl string = baseUrl

@description('The bot\'s Microsoft App ID: the package command\'s --bot-id.')
output botAppId string = botAppId

@description('SingleTenant only: the Key Vault where the app registration\'s secret goes, named MicrosoftAppPassword.')
output keyVaultName string = botAppType == 'SingleTenant' ? secrets!.outputs.vaultName : ''
