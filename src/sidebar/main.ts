// Placeholder: the form arrives with the sidebar issue.
const app = document.getElementById('app');
if (app) app.textContent = 'Biểu mẫu báo cáo CCHC';
