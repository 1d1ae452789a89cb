import type { RelatedService } from '../../../shared/settings';
import { bingNews } from './bing-news';
import { gdelt } from './gdelt';
import { googleNews } from './google-news';
import type { Provider } from './provider';

export const PROVIDERS: Record<RelatedService, Provider> = {
  gdelt,
  'google-news': googleNews,
  'bing-news': bingNews,
};
