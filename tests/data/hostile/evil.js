document.title = 'tree script ran';
