import { render } from 'preact';
import { App } from './app';
import './popup.css';

render(<App />, document.getElementById('app')!);
