// first, before the app's modules are evaluated: the corpus loader's worker starts meanwhile
import './db/prestart';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');
export default mount(App, { target });
