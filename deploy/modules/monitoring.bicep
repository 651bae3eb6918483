// Application Insights on a Log Analytics workspace: where the bot's telemetry goes when
// APPLICATIONINSIGHTS_CONNECTION_STRING is set (DESIGN decision 15).
param name string
param location string

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output insightsId string = insights.id
output connectionString string = insights.properties.ConnectionString
